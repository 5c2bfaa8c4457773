import { describe, expect, it } from "vitest";
import {
  type MissionEnding,
  missionOutcome,
  missionResultSummary,
} from "@/lib/mission/mission-outcome";

const passed = { passed: true, head: "0123456789abcdef" };
const red = { passed: false, head: "fedcba9876543210" };
const ending = (fields: Partial<MissionEnding> = {}): MissionEnding => ({
  stopReason: "max rounds reached (3)",
  verification: passed,
  ...fields,
});
const tally = (fields: Partial<{ cancelled: boolean; units: number; merged: number }> = {}) => ({
  cancelled: false,
  units: 3,
  merged: 2,
  ...fields,
});

describe("how a mission ends", () => {
  it("succeeds when green passes and work was merged", () => {
    expect(missionOutcome(ending(), tally())).toBe("succeeded");
  });

  it("succeeds when the planner found the objective met, even with nothing merged", () => {
    const met = ending({ stopReason: "objective met: the planner proposed no more work" });
    expect(missionOutcome(met, tally({ units: 0, merged: 0 }))).toBe("succeeded");
  });

  it("fails when it stopped for a limit without merging anything", () => {
    expect(missionOutcome(ending(), tally({ merged: 0 }))).toBe("failed");
  });

  it("fails when green's final verification failed or never ran", () => {
    expect(missionOutcome(ending({ verification: red }), tally())).toBe("failed");
    expect(missionOutcome(ending({ verification: null }), tally())).toBe("failed");
  });

  it("is cancelled when a person cancelled it, even with green passing", () => {
    expect(missionOutcome(ending(), tally({ cancelled: true }))).toBe("cancelled");
  });

  it("fails when its run failed, even after a cancel", () => {
    const broken = ending({ failure: "the runner crashed" });
    expect(missionOutcome(broken, tally({ cancelled: true }))).toBe("failed");
  });
});

describe("the result summary", () => {
  it("counts merges and names the verified commit and the push", () => {
    const summary = missionResultSummary(ending({ publish: "pushed mc/green to origin" }), tally());
    expect(summary).toBe(
      "2 of 3 units merged. Final verification passed on 0123456789. Pushed mc/green to origin.",
    );
  });

  it("says when there was no final verification and why the run failed", () => {
    const summary = missionResultSummary(
      ending({ verification: null, failure: "the agent profile is gone" }),
      tally({ merged: 0 }),
    );
    expect(summary).toBe(
      "0 of 3 units merged. No final verification. Failed: the agent profile is gone",
    );
  });

  it("reports a failed final verification", () => {
    expect(missionResultSummary(ending({ verification: red }), tally())).toBe(
      "2 of 3 units merged. Final verification failed on fedcba9876.",
    );
  });
});
