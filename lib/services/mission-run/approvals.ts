import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readSetting } from "@/lib/settings/read-setting";

export type ApprovalKind = "push" | "large_merge" | "chain";

/**
 * Opens an approval (or finds the one a crashed step already opened) and puts the mission in
 * `awaiting_approval`. Returns what the function's waitForEvent needs.
 */
export async function requestApproval(
  missionId: string,
  kind: ApprovalKind,
  summary: string,
  details: Prisma.InputJsonValue & { unitId?: string },
) {
  const timeoutSeconds = await readSetting("missions.approval_timeout_seconds");
  return getDb().$transaction(async (tx) => {
    const open = await tx.approval.findFirst({
      where: { missionId, kind, status: "pending", summary },
    });
    const approval =
      open ??
      (await tx.approval.create({
        data: {
          missionId,
          kind,
          summary,
          details,
          timeoutAt: new Date(Date.now() + timeoutSeconds * 1_000),
        },
      }));
    await tx.mission.update({ where: { id: missionId }, data: { status: "awaiting_approval" } });
    if (!open)
      await insertAuditEntry(tx, {
        operation: "request_approval",
        targetType: "approval",
        targetId: approval.id,
        details: { kind, summary },
      });
    const remaining = Math.max(1, Math.ceil((approval.timeoutAt.getTime() - Date.now()) / 1_000));
    return { approvalId: approval.id, timeout: `${remaining}s` };
  });
}

/** After the wait: the person's decision, or a timeout recorded as such. */
export async function resolveApproval(approvalId: string, decided: boolean) {
  return getDb().$transaction(async (tx) => {
    const approval = await tx.approval.findUniqueOrThrow({ where: { id: approvalId } });
    let status = approval.status;
    if (!decided && status === "pending") {
      status = "timed_out";
      await tx.approval.update({
        where: { id: approvalId },
        data: { status, decidedAt: new Date() },
      });
      await insertAuditEntry(tx, {
        operation: "approval_timed_out",
        targetType: "approval",
        targetId: approvalId,
        details: { kind: approval.kind },
      });
    }
    await tx.mission.update({ where: { id: approval.missionId }, data: { status: "running" } });
    return status as "approved" | "rejected" | "timed_out" | "pending";
  });
}

/** A decision already recorded (a person can answer before the function starts waiting). */
export async function approvalStatus(approvalId: string) {
  const approval = await getDb().approval.findUniqueOrThrow({ where: { id: approvalId } });
  return approval.status as "approved" | "rejected" | "timed_out" | "pending";
}
