import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types
import { readTotals } from "@/scripts/test-totals.mjs";

function resultsDir(vitest: object, playwright: object) {
  const dir = mkdtempSync(path.join(tmpdir(), "mc-totals-"));
  writeFileSync(path.join(dir, "vitest.json"), JSON.stringify(vitest));
  writeFileSync(path.join(dir, "playwright.json"), JSON.stringify(playwright));
  return dir;
}

const vitest = { numPassedTests: 10, numFailedTests: 0, numPendingTests: 0, testResults: [] };
const playwright = { stats: { expected: 4, flaky: 0, unexpected: 0, skipped: 0 }, errors: [] };

describe("the totals line", () => {
  it("adds up both runners", () => {
    expect(readTotals(resultsDir(vitest, playwright), []).line).toBe("14 passed, 0 failed");
  });

  it("counts a runner that failed with every test passing (an unhandled error) as one failure", () => {
    const totals = readTotals(resultsDir(vitest, playwright), [
      "unit and integration tests (vitest)",
    ]);
    expect(totals.line).toBe("14 passed, 1 failed");
  });

  it("does not count a failed runner twice when its failed tests are already counted", () => {
    const totals = readTotals(resultsDir({ ...vitest, numFailedTests: 2 }, playwright), [
      "unit and integration tests (vitest)",
      "lint (biome)",
    ]);
    expect(totals.line).toBe("14 passed, 3 failed");
  });
});
