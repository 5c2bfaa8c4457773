import type { WorkerResult } from "@/lib/mission/markers";
import { UNIT_STATUSES } from "@/lib/validation/missions";

/** Where a unit ends up, and why when it is not what was hoped for. */
export type UnitEnd = { status: string; reason: string | null };

const RUN_OVER: readonly string[] = UNIT_STATUSES.filter(
  (status) => status !== "pending" && status !== "running",
);

/** Whether the unit's agent has had its turn (`completed` still waits for its merge). */
export function unitRunIsOver(status: string): boolean {
  return RUN_OVER.includes(status);
}

/** An agent that did not finish: a cancel cancels the unit, anything else fails it. */
export function unitEndAfterAgentFailure(failure: string): UnitEnd {
  return { status: failure === "cancelled" ? "cancelled" : "failed", reason: failure };
}

/** The worker's MC_RESULT decides; its summary is the reason unless the unit completed. */
export function unitEndFromWorkerResult(result: WorkerResult): UnitEnd {
  return {
    status: result.status,
    reason: result.status === "completed" ? null : result.summary,
  };
}

/** A large merge that was not approved: the unit is cancelled instead of merged. */
export function unitEndWithoutMergeApproval(decision: string): UnitEnd {
  return {
    status: "cancelled",
    reason:
      decision === "rejected" ? "a person rejected the merge" : "the merge approval timed out",
  };
}
