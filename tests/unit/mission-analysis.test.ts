import { describe, expect, it } from "vitest";
import { analyseBatch, areaOf, normaliseReason } from "@/lib/mission/batch-analysis";
import { missionStateSummary, STATE_SUMMARY_MAX_CHARS } from "@/lib/mission/state-summary";

describe("analyseBatch", () => {
  it("finds files touched by two or more units", () => {
    const signals = analyseBatch([
      { key: "a", status: "merged", files: ["calc.mjs", "a.test.mjs"], round: 1 },
      { key: "b", status: "merged", files: ["./calc.mjs", "b.test.mjs"], round: 1 },
      { key: "c", status: "failed", files: ["calc.mjs", "README.md"], round: 2 },
      { key: "d", status: "merged", files: ["README.md", "README.md"], round: 2 },
    ]);
    expect(signals.hotFiles).toEqual([
      { file: "calc.mjs", count: 3 },
      { file: "README.md", count: 2 },
    ]);
  });

  it("clusters failures by normalised reason, largest first", () => {
    const signals = analyseBatch([
      { key: "a", status: "failed", files: [], reason: "timed out after 600000 ms", round: 1 },
      { key: "b", status: "failed", files: [], reason: "Timed out after 30000 ms", round: 1 },
      {
        key: "c",
        status: "conflicted",
        files: [],
        reason: "merge conflict in src/a.ts",
        round: 1,
      },
      {
        key: "d",
        status: "conflicted",
        files: [],
        reason: "Merge conflict in lib/b.ts",
        round: 2,
      },
      { key: "e", status: "reverted", files: [], reason: null, round: 2 },
      { key: "f", status: "merged", files: [], round: 2 },
      {
        key: "g",
        status: "blocked",
        files: [],
        reason: "no MC_RESULT marker in the output",
        round: 2,
      },
    ]);
    expect(signals.failureClusters).toEqual([
      {
        reason: "merge conflict in <path>",
        units: ["c", "d"],
        example: "merge conflict in src/a.ts",
      },
      { reason: "timed out after <n> ms", units: ["a", "b"], example: "timed out after 600000 ms" },
      {
        reason: "no mc_result marker in the output",
        units: ["g"],
        example: "no MC_RESULT marker in the output",
      },
      { reason: "reverted", units: ["e"], example: "reverted" },
    ]);
  });

  it("normalises ids, hashes and quoted text in reasons", () => {
    expect(
      normaliseReason(
        "Unit 3f2a9c1 (0b9d3c2e-1111-4222-8333-944455556666) said 'nope'\nsecond line",
        "failed",
      ),
    ).toBe("unit <sha> (<id>) said <text>");
    expect(normaliseReason("   ", "conflicted")).toBe("conflicted");
  });

  it("finds areas that failed in two rounds, or twice with nothing merged", () => {
    const signals = analyseBatch([
      // src/views: two failures in one round, nothing merged there → stalled.
      { key: "a", status: "failed", files: ["src/views/a.tsx"], round: 1 },
      { key: "b", status: "conflicted", files: ["src/views/b.tsx"], round: 1 },
      // lib: failed in rounds 1 and 2, even though something merged there → stalled.
      { key: "c", status: "failed", files: ["lib/c.ts"], round: 1 },
      { key: "d", status: "reverted", files: ["lib/d.ts"], round: 2 },
      { key: "e", status: "merged", files: ["lib/e.ts"], round: 2 },
      // docs: two failures in one round, but a unit merged there → not stalled.
      { key: "f", status: "failed", files: ["docs/f.md"], round: 3 },
      { key: "g", status: "failed", files: ["docs/g.md"], round: 3 },
      { key: "h", status: "merged", files: ["docs/h.md"], round: 3 },
      // top level: one failure → not stalled.
      { key: "i", status: "failed", files: ["README.md"], round: 3 },
    ]);
    expect(signals.stalledAreas).toEqual([
      { area: "lib", failures: 2, rounds: [1, 2] },
      { area: "src/views", failures: 2, rounds: [1] },
    ]);
    expect(areaOf("README.md")).toBe(".");
    expect(areaOf("./src/x/y.ts")).toBe("src/x");
  });

  it("gives empty signals for an empty batch", () => {
    expect(analyseBatch([])).toEqual({ hotFiles: [], failureClusters: [], stalledAreas: [] });
  });
});

describe("missionStateSummary", () => {
  it("summarises the mission in Markdown", () => {
    const summary = missionStateSummary({
      objective: "Grow the calculator",
      round: 2,
      merged: ["Add subtraction", "Add multiplication"],
      failed: [{ title: "Write a guide", reason: "merge conflict in README.md" }],
      signals: analyseBatch([
        { key: "a", status: "merged", files: ["calc.mjs"], round: 1 },
        { key: "b", status: "merged", files: ["calc.mjs"], round: 2 },
      ]),
    });
    expect(summary).toContain("# Mission state after round 2");
    expect(summary).toContain("Objective: Grow the calculator");
    expect(summary).toContain("## Merged units (2)\n- Add subtraction\n- Add multiplication");
    expect(summary).toContain("- Write a guide: merge conflict in README.md");
    expect(summary).toContain("Hot files: calc.mjs (2)");
  });

  it("ignores signals that are not of the stored shape", () => {
    const summary = missionStateSummary({
      objective: "x",
      round: 1,
      merged: [],
      failed: [],
      signals: { something: "else" },
    });
    expect(summary).not.toContain("## Signals");
    expect(summary).toContain("- none yet");
  });

  it("never exceeds its cap, shortening lists with 'and N more'", () => {
    const many = Array.from(
      { length: 300 },
      (_, i) => `Unit number ${i} with a long title ${"x".repeat(80)}`,
    );
    const units = many.map((_title, i) => ({
      key: `u${i}`,
      status: i % 2 ? "merged" : "failed",
      files: [`src/area${i % 7}/file${i % 13}.ts`],
      reason: `failure kind ${i % 5} in 'thing ${i}' ${"y".repeat(i % 50)}`,
      round: (i % 4) + 1,
    }));
    const summary = missionStateSummary({
      objective: "o".repeat(5_000),
      round: 9,
      merged: many,
      failed: many.map((title) => ({ title, reason: "r".repeat(500) })),
      signals: analyseBatch(units),
    });
    expect(summary.length).toBeLessThanOrEqual(STATE_SUMMARY_MAX_CHARS);
    expect(summary).toMatch(/and \d+ more/);
    expect(summary).toContain("## Merged units (300)");
    for (const cap of [200, 500, 1_000]) {
      const small = missionStateSummary(
        { objective: "o".repeat(5_000), round: 1, merged: many, failed: [], signals: null },
        { maxChars: cap },
      );
      expect(small.length).toBeLessThanOrEqual(cap);
    }
  });
});
