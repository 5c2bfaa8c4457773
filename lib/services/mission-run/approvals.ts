import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import type { InputJsonObject } from "@/lib/data/json";
import { findApprovalStatus } from "@/lib/data/missions/find-approval-status";
import { findApprovalToResolve } from "@/lib/data/missions/find-approval-to-resolve";
import { findPendingApproval } from "@/lib/data/missions/find-pending-approval";
import { insertApproval } from "@/lib/data/missions/insert-approval";
import { markApprovalTimedOut } from "@/lib/data/missions/mark-approval-timed-out";
import { updateMissionStatus } from "@/lib/data/missions/update-mission-status";
import { inTransaction } from "@/lib/data/transaction";
import { notify } from "@/lib/services/notifications/notify";
import { readSetting } from "@/lib/settings/read-setting";

export type ApprovalKind = "push" | "large_merge" | "chain" | "budget" | "tool";
type ApprovalStatus = "approved" | "rejected" | "timed_out" | "pending";

/**
 * Opens an approval (or finds the one a crashed step already opened) and puts the mission in
 * `awaiting_approval`. Returns what the function's waitForEvent needs.
 */
export async function requestApproval(
  missionId: string,
  kind: ApprovalKind,
  summary: string,
  details: InputJsonObject & { unitId?: string },
) {
  const timeoutSeconds = await readSetting("missions.approval_timeout_seconds");
  return inTransaction(async (tx) => {
    const open = await findPendingApproval(tx, { missionId, kind, summary });
    const approval =
      open ??
      (await insertApproval(tx, {
        missionId,
        kind,
        summary,
        details,
        timeoutAt: new Date(Date.now() + timeoutSeconds * 1_000),
      }));
    await updateMissionStatus(tx, missionId, "awaiting_approval");
    if (!open)
      await insertAuditEntry(tx, {
        operation: "request_approval",
        targetType: "approval",
        targetId: approval.id,
        details: { kind, summary },
      });
    if (!open)
      await notify(tx, {
        kind: kind === "budget" ? "budget_reached" : "approval_needed",
        key: `approval:${approval.id}`,
        summary,
        missionId,
        approvalId: approval.id,
      });
    const remaining = Math.max(1, Math.ceil((approval.timeoutAt.getTime() - Date.now()) / 1_000));
    return { approvalId: approval.id, timeout: `${remaining}s` };
  });
}

/** After the wait: the person's decision, or a timeout recorded as such. */
export async function resolveApproval(approvalId: string, decided: boolean) {
  return inTransaction(async (tx) => {
    const approval = await findApprovalToResolve(tx, approvalId);
    let status = approval.status;
    if (!decided && status === "pending") {
      status = "timed_out";
      await markApprovalTimedOut(tx, approvalId);
      await insertAuditEntry(tx, {
        operation: "approval_timed_out",
        targetType: "approval",
        targetId: approvalId,
        details: { kind: approval.kind },
      });
    }
    await updateMissionStatus(tx, approval.missionId, "running");
    return status as ApprovalStatus;
  });
}

/** A decision already recorded (a person can answer before the function starts waiting). */
export async function approvalStatus(approvalId: string) {
  return (await findApprovalStatus(approvalId)) as ApprovalStatus;
}
