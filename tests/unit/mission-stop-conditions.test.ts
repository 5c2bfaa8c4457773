import { describe, expect, it } from "vitest";
import {
  budgetReached,
  limitStopReason,
  type MissionLimits,
  stallStopReason,
  stallWindow,
} from "@/lib/mission/stop-conditions";

const now = new Date("2025-06-01T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

const mission = (limits: Partial<MissionLimits> = {}): MissionLimits => ({
  cancelRequestedAt: null,
  maxRounds: 5,
  wallTimeMinutes: 60,
  budgetUsd: null,
  costUsd: 0,
  startedAt: minutesAgo(1),
  createdAt: minutesAgo(2),
  ...limits,
});

describe("the mission's limits", () => {
  it("let a fresh mission run up to its last round", () => {
    expect(limitStopReason(mission(), 1, now)).toBeNull();
    expect(limitStopReason(mission(), 5, now)).toBeNull();
    expect(limitStopReason(mission(), 6, now)).toBe("max rounds reached (5)");
  });

  it("count wall time from the start, or from creation when the mission never started", () => {
    expect(limitStopReason(mission({ startedAt: minutesAgo(60) }), 1, now)).toBeNull();
    expect(limitStopReason(mission({ startedAt: minutesAgo(61) }), 1, now)).toBe(
      "wall time reached (60 min)",
    );
    expect(limitStopReason(mission({ startedAt: null, createdAt: minutesAgo(61) }), 1, now)).toBe(
      "wall time reached (60 min)",
    );
  });

  it("count the budget reached once the cost reaches it, and never without a budget", () => {
    expect(budgetReached(mission({ budgetUsd: 2, costUsd: 1.99 }))).toBeNull();
    expect(budgetReached(mission({ budgetUsd: 2, costUsd: 2 }))).toBe(
      "budget reached ($2.00 of $2.00)",
    );
    expect(budgetReached(mission({ costUsd: 1_000 }))).toBeNull();
    // A spent budget asks a person (the loop's budget approval); it is not a limit that stops.
    expect(limitStopReason(mission({ budgetUsd: 2, costUsd: 2 }), 1, now)).toBeNull();
  });

  it("name a person's cancel first, whatever else was reached", () => {
    const everything = mission({
      cancelRequestedAt: minutesAgo(0),
      startedAt: minutesAgo(600),
      budgetUsd: 1,
      costUsd: 5,
    });
    expect(limitStopReason(everything, 9, now)).toBe("cancelled by a person");
  });
});

describe("a stall", () => {
  it("is judged on the two rounds before, from round 3 on", () => {
    expect(stallWindow(1)).toEqual([]);
    expect(stallWindow(2)).toEqual([]);
    expect(stallWindow(3)).toEqual([2, 1]);
    expect(stallWindow(7)).toEqual([6, 5]);
  });

  it("stops the mission when both rounds planned work and none of it merged", () => {
    expect(stallStopReason({ roundsWithUnits: 2, mergedUnits: 0 })).toBe(
      "stalled: two rounds without a merged unit",
    );
  });

  it("lets the mission go on while merges still happen or a round planned nothing", () => {
    expect(stallStopReason({ roundsWithUnits: 2, mergedUnits: 1 })).toBeNull();
    expect(stallStopReason({ roundsWithUnits: 1, mergedUnits: 0 })).toBeNull();
  });
});
