import { missionStartRequested } from "@/inngest/events";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findChildMission } from "@/lib/data/missions/find-child-mission";
import { findMissionInTransaction } from "@/lib/data/missions/find-mission-in-transaction";
import { insertChildMission } from "@/lib/data/missions/insert-child-mission";
import { listRoundDeliberations } from "@/lib/data/missions/list-round-deliberations";
import { insertOutboxEvent } from "@/lib/data/outbox/insert-outbox-event";
import { inTransaction } from "@/lib/data/transaction";
import { latestNextObjective } from "@/lib/mission/deliberation";

/** The next objective the critic proposed, or null when it proposed none. */
export async function nextObjective(missionId: string): Promise<string | null> {
  return latestNextObjective(await listRoundDeliberations(missionId));
}

/** Starts `objective` as a child mission with the same settings, once per parent. */
export async function startChainedMission(missionId: string, objective: string) {
  return inTransaction(async (tx) => {
    const existing = await findChildMission(tx, missionId);
    if (existing) return existing.id;
    const parent = await findMissionInTransaction(tx, missionId);
    const child = await insertChildMission(tx, parent, objective);
    await insertAuditEntry(tx, {
      operation: "create_mission",
      targetType: "mission",
      targetId: child.id,
      details: { chainedFrom: parent.id, objective },
    });
    await insertOutboxEvent(tx, missionStartRequested, {
      missionId: child.id,
      projectId: child.projectId,
    });
    return child.id;
  });
}
