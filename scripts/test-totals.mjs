// Totals over every runner, from their JSON reports. A runner whose report is missing counts as
// one failure, as does a failed lint or type-check (they report no test counts of their own).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

export function readTotals(resultsDir, failedChecks = []) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let vitestFailed = 0;
  let playwrightFailed = 0;
  const vitest = readJson(path.join(resultsDir, "vitest.json"));
  if (vitest) {
    passed += vitest.numPassedTests;
    // A file that failed before running any test (an import error) counts as one failure.
    const brokenFiles = (vitest.testResults ?? []).filter(
      (file) => file.status === "failed" && !file.assertionResults?.length,
    );
    vitestFailed = vitest.numFailedTests + brokenFiles.length;
    failed += vitestFailed;
    skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  } else failed += 1;
  const playwright = readJson(path.join(resultsDir, "playwright.json"));
  if (playwright) {
    passed += playwright.stats.expected + playwright.stats.flaky;
    playwrightFailed = playwright.stats.unexpected + (playwright.errors?.length ?? 0);
    failed += playwrightFailed;
    skipped += playwright.stats.skipped;
  } else failed += 1;
  // A check that failed without a failed test to show for it (lint, type-check, an error outside
  // any test, such as an unhandled rejection) still counts as one failure.
  const counted = { vitest: vitestFailed, playwright: playwrightFailed };
  failed += failedChecks.filter((name) => {
    const runner = Object.keys(counted).find((key) => name.includes(key));
    return !runner || counted[runner] === 0;
  }).length;
  const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
  return { passed, failed, skipped, line };
}
