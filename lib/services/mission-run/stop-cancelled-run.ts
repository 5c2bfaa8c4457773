import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findMissionCancelState } from "@/lib/data/missions/find-mission-cancel-state";
import { setCancelRequestedAt } from "@/lib/data/missions/set-cancel-requested-at";
import { withdrawPendingApprovals } from "@/lib/data/missions/withdraw-pending-approvals";
import { inTransaction } from "@/lib/data/transaction";

/**
 * The mission's Inngest run was cancelled from outside the mission (the runs page, the runner's
 * API, Inngest's dashboard): records the cancel, so the running units end their agents, and
 * withdraws the approvals nobody waits for any more. False when the mission had already ended.
 */
export async function stopCancelledRun(missionId: string): Promise<boolean> {
  return inTransaction(async (tx) => {
    const mission = await findMissionCancelState(tx, missionId);
    if (!mission || mission.finishedAt) return false;
    if (mission.cancelRequestedAt) return true;
    await setCancelRequestedAt(tx, missionId);
    await withdrawPendingApprovals(tx, missionId);
    await insertAuditEntry(tx, {
      operation: "cancel_mission",
      targetType: "mission",
      targetId: missionId,
      details: { reason: "its run was cancelled" },
    });
    return true;
  });
}
