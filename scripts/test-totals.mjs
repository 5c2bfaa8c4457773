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
  const vitest = readJson(path.join(resultsDir, "vitest.json"));
  if (vitest) {
    passed += vitest.numPassedTests;
    // A file that failed before running any test (an import error) counts as one failure.
    const brokenFiles = (vitest.testResults ?? []).filter(
      (file) => file.status === "failed" && !file.assertionResults?.length,
    );
    failed += vitest.numFailedTests + brokenFiles.length;
    skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  } else failed += 1;
  const playwright = readJson(path.join(resultsDir, "playwright.json"));
  if (playwright) {
    passed += playwright.stats.expected + playwright.stats.flaky;
    failed += playwright.stats.unexpected + (playwright.errors?.length ?? 0);
    skipped += playwright.stats.skipped;
  } else failed += 1;
  failed += failedChecks.filter(
    (name) => name.startsWith("lint") || name.startsWith("type-check"),
  ).length;
  const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
  return { passed, failed, skipped, line };
}
