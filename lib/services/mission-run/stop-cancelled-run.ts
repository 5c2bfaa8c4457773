import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { getDb } from "@/lib/db";

/**
 * The mission's Inngest run was cancelled from outside the mission (the runs page, the runner's
 * API, Inngest's dashboard): records the cancel, so the running units end their agents, and
 * withdraws the approvals nobody waits for any more. False when the mission had already ended.
 */
export async function stopCancelledRun(missionId: string): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const mission = await tx.mission.findUnique({
      where: { id: missionId },
      select: { finishedAt: true, cancelRequestedAt: true },
    });
    if (!mission || mission.finishedAt) return false;
    if (mission.cancelRequestedAt) return true;
    await tx.mission.update({ where: { id: missionId }, data: { cancelRequestedAt: new Date() } });
    await tx.approval.updateMany({
      where: { missionId, status: "pending" },
      data: { status: "rejected", decidedAt: new Date() },
    });
    await insertAuditEntry(tx, {
      operation: "cancel_mission",
      targetType: "mission",
      targetId: missionId,
      details: { reason: "its run was cancelled" },
    });
    return true;
  });
}
