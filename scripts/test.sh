#!/usr/bin/env bash
# `npm test`: installs what the tests need (npm packages, Chromium), then runs every check and test:
# formatting and lint, type check, unit tests, a production build, and the browser tests against it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh
mkdir -p reports

echo "== Lint and format"
npm run --silent lint
echo "== Type check"
npm run --silent check
echo "== Unit and data tests (Vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
echo "== Build"
npx vite build --logLevel warn
npx tsx scripts/buildElements.ts
echo "== Browser tests (Playwright, Chromium), with the component package's test (tests/browser/package.spec.ts:"
echo "   npm run package, npm pack, a fresh SvelteKit app that installs, type-checks, builds and runs it)"
status=0
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json || status=$?

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
exit $status
