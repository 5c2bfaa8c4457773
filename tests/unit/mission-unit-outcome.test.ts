import { describe, expect, it } from "vitest";
import {
  unitEndAfterAgentFailure,
  unitEndFromWorkerResult,
  unitEndWithoutMergeApproval,
  unitRunIsOver,
} from "@/lib/mission/unit-outcome";

describe("a unit's step run again", () => {
  it("runs the agent again for a unit not started or left running by a dead runner", () => {
    expect(unitRunIsOver("pending")).toBe(false);
    expect(unitRunIsOver("running")).toBe(false);
  });

  it("leaves a unit alone once its agent has had its turn, including one awaiting its merge", () => {
    for (const status of ["completed", "failed", "blocked", "merged", "cancelled", "reverted"])
      expect(unitRunIsOver(status)).toBe(true);
  });
});

describe("how a unit ends", () => {
  it("is cancelled when its agent was stopped for a cancel", () => {
    expect(unitEndAfterAgentFailure("cancelled")).toEqual({
      status: "cancelled",
      reason: "cancelled",
    });
  });

  it("fails with the reason when its agent crashed or timed out", () => {
    expect(unitEndAfterAgentFailure("timed out after 600 s")).toEqual({
      status: "failed",
      reason: "timed out after 600 s",
    });
  });

  it("completes without a reason, or keeps the worker's summary when it failed or was blocked", () => {
    expect(unitEndFromWorkerResult({ status: "completed", summary: "Added subtraction" })).toEqual({
      status: "completed",
      reason: null,
    });
    expect(unitEndFromWorkerResult({ status: "blocked", summary: "no access to the API" })).toEqual(
      { status: "blocked", reason: "no access to the API" },
    );
    expect(unitEndFromWorkerResult({ status: "failed", summary: "tests keep failing" })).toEqual({
      status: "failed",
      reason: "tests keep failing",
    });
  });

  it("is cancelled, not merged, when its large merge was rejected or not approved in time", () => {
    expect(unitEndWithoutMergeApproval("rejected")).toEqual({
      status: "cancelled",
      reason: "a person rejected the merge",
    });
    expect(unitEndWithoutMergeApproval("timed_out")).toEqual({
      status: "cancelled",
      reason: "the merge approval timed out",
    });
  });
});
