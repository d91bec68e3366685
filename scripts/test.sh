#!/usr/bin/env bash
# `npm test`: installs what the tests need (npm packages, Chromium), then runs every check and test:
# formatting and lint, type check, unit tests, a production build and its size budgets, and the browser tests
# against it. Prints how long each part took, and the whole.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
part=$SECONDS
took() {
	echo "   ($1 took $((SECONDS - part)) s)"
	part=$SECONDS
}

bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh
mkdir -p reports
took "Installing"

echo "== Lint and format"
npm run --silent lint
took "Lint"
echo "== Type check"
npm run --silent check
took "Type check"
echo "== Unit and data tests (Vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
took "Unit tests"
echo "== Build"
# The tests serve the build themselves: its absolute addresses name the tests' server.
npx tsx scripts/buildIslands.ts
SITE_ORIGIN="http://127.0.0.1:${TEST_PORT:-4173}" npx vite build --logLevel warn
npx tsx scripts/buildElements.ts
took "Build"
status=0
echo "== Size budgets (budget.json), on this build"
npx tsx scripts/budget.ts --built || status=$?
took "Budgets"
echo "== Browser tests (Playwright, Chromium), with the component package's test (tests/browser/package.spec.ts:"
echo "   npm run package, npm pack, a fresh SvelteKit app that installs, type-checks, builds and runs it)"
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json || status=$?
took "Browser tests"

node --input-type=module -e '
import { readFileSync } from "node:fs";
const unit = JSON.parse(readFileSync("reports/vitest.json", "utf8"));
const browser = JSON.parse(readFileSync("reports/playwright.json", "utf8")).stats;
const passed = unit.numPassedTests + browser.expected;
const failed = unit.numFailedTests + browser.unexpected + browser.flaky;
const skipped = unit.numPendingTests + unit.numTodoTests + browser.skipped;
console.log(`\nunit ${unit.numPassedTests}/${unit.numTotalTests}, browser ${browser.expected}/${browser.expected + browser.unexpected + browser.flaky + browser.skipped}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
'
if [ $status -ne 0 ]; then echo "Something failed: see above (the budgets' figures are in reports/budget.json)."; fi
total=$((SECONDS - started))
echo "npm test took $((total / 60)) min $((total % 60)) s."
exit $status
