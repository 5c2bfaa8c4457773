import { approvalStatus, resolveApproval } from "@/lib/services/mission-run/approvals";

const APPROVAL_EVENT = "mission/approval.decided";

export type MissionSteps = {
  run: <T>(id: string, work: () => Promise<T>) => Promise<T>;
  waitForEvent: (
    id: string,
    options: { event: string; if: string; timeout: string },
  ) => Promise<unknown>;
};

/** Waits for a person's decision on an approval; a timeout is recorded as such. */
export async function awaitDecision(
  step: MissionSteps,
  name: string,
  approval: { approvalId: string; timeout: string },
) {
  const early = await step.run(`decided-${name}`, () => approvalStatus(approval.approvalId));
  // Decided before the wait began: resolving it still puts the mission back to running.
  if (early !== "pending")
    return step.run(`resolve-${name}`, () => resolveApproval(approval.approvalId, true));
  const event = await step.waitForEvent(`wait-${name}`, {
    event: APPROVAL_EVENT,
    if: `async.data.approvalId == '${approval.approvalId}'`,
    timeout: approval.timeout,
  });
  return step.run(`resolve-${name}`, () => resolveApproval(approval.approvalId, event !== null));
}
