#!/usr/bin/env bash
# Installs the Debian browsers Parallax's demo and tests drive, when missing: Chromium (/usr/bin/chromium)
# and, with "firefox-esr" among the arguments, Firefox ESR. playwright and puppeteer cannot download a
# browser here, so the system's package manager is the one route. As root with apt-get it installs them;
# otherwise it prints the one command to run and fails. CHROMIUM_PATH set: that Chromium is used as is.
set -uo pipefail
missing=()
for pkg in "$@"; do
  case "$pkg" in
    chromium) [ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ] || missing+=(chromium) ;;
    firefox-esr) [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr) ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} (Debian packages) ..."
  if apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; then exit 0; fi
  echo "apt-get could not install ${missing[*]}." >&2
fi
echo "Parallax needs ${missing[*]}. Install with: sudo apt-get install -y ${missing[*]}" >&2
exit 1
