#!/usr/bin/env bash
# Every test: type-check, build (index + Chrome MV3 + Firefox MV2), unit and accuracy tests.
# Ends with the line "N passed, N failed" that CI counts.
set -uo pipefail
cd "$(dirname "$0")/.."
npx tsc --noEmit || exit 1
build_log=$(mktemp)
npm run --silent build >"$build_log" 2>&1 || { cat "$build_log"; exit 1; }
report=$(mktemp)
npx vitest run --reporter=default --reporter=json --outputFile.json="$report"
status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`);
' "$report" || status=1
exit $status
