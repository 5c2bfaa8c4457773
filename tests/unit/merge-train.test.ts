import { describe, expect, it } from "vitest";
import { bisectionPoints, narrowBisection, nextBatchSize } from "@/lib/mission/merge-train";

describe("the merge train's batch size", () => {
  it("starts at the largest, halves after a bisected batch and doubles back while batches pass", () => {
    expect(nextBatchSize(8, null)).toBe(8);
    expect(nextBatchSize(8, { size: 8, status: "bisected" })).toBe(4);
    expect(nextBatchSize(8, { size: 1, status: "bisected" })).toBe(1);
    expect(nextBatchSize(8, { size: 4, status: "landed" })).toBe(8);
    expect(nextBatchSize(8, { size: 8, status: "landed" })).toBe(8);
    expect(nextBatchSize(1, null)).toBe(1);
    expect(nextBatchSize(0, null)).toBe(1);
  });
});

describe("bisection", () => {
  it("spreads up to `parallel` prefixes strictly between the good and the bad one", () => {
    expect(bisectionPoints(0, 8, 1)).toEqual([4]);
    expect(bisectionPoints(0, 8, 3)).toEqual([2, 4, 6]);
    expect(bisectionPoints(2, 4, 3)).toEqual([3]);
    expect(bisectionPoints(3, 4, 3)).toEqual([]);
  });

  it("narrows to the shortest failing prefix and the longest passing one below it", () => {
    const results = [
      { units: 2, passed: true },
      { units: 4, passed: false },
      { units: 6, passed: false },
    ];
    expect(narrowBisection(0, 8, results)).toEqual({ good: 2, bad: 4 });
    expect(narrowBisection(2, 4, [{ units: 3, passed: true }])).toEqual({ good: 3, bad: 4 });
    // A flaky pass above a known failure is not believed.
    expect(narrowBisection(0, 4, [{ units: 6, passed: true }])).toEqual({ good: 0, bad: 4 });
  });

  it("finds the one bad unit of eight in two rounds of three", () => {
    const firstBad = 5;
    let state = { good: 0, bad: 8 };
    let rounds = 0;
    while (state.bad - state.good > 1) {
      const points = bisectionPoints(state.good, state.bad, 3);
      state = narrowBisection(
        state.good,
        state.bad,
        points.map((units) => ({ units, passed: units < firstBad })),
      );
      rounds++;
    }
    expect(state).toEqual({ good: 4, bad: 5 });
    expect(rounds).toBe(2);
  });
});
