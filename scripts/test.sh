#!/usr/bin/env bash
# Every test: type-check, build (index + Chrome MV3 + Firefox MV2), unit and accuracy tests.
# Ends with the line "N passed, N failed" that CI counts.
set -uo pipefail
cd "$(dirname "$0")/.."
# The browser tests drive Debian Chromium and Firefox ESR: install them first where this machine can.
bash scripts/ensure-browsers.sh chromium firefox-esr || exit 1
npx tsc --noEmit || exit 1
build_log=$(mktemp)
npm run --silent build >"$build_log" 2>&1 || { cat "$build_log"; exit 1; }
# The Firefox build must pass Mozilla's linter (warnings are listed, errors fail the run).
lint_log=$(mktemp)
npx web-ext lint -s .output/firefox-mv2 >"$lint_log" 2>&1 || { cat "$lint_log"; echo "web-ext lint failed"; exit 1; }
grep -E "^(errors|notices|warnings) " "$lint_log" | tr '\n' ' '; echo "(web-ext lint, Firefox build)"
report=$(mktemp)
npx vitest run --reporter=default --reporter=json --outputFile.json="$report"
status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`);
' "$report" || status=1
exit $status
