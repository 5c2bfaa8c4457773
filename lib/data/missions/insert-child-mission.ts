import type { Mission } from "@/lib/data/missions/find-mission-in-transaction";
import type { Transaction } from "@/lib/data/transaction";

/** A new mission on `objective` with the parent's project and settings; it does not chain on. */
export function insertChildMission(tx: Transaction, parent: Mission, objective: string) {
  return tx.mission.create({
    data: {
      projectId: parent.projectId,
      objective,
      workers: parent.workers,
      maxRounds: parent.maxRounds,
      wallTimeMinutes: parent.wallTimeMinutes,
      budgetUsd: parent.budgetUsd,
      agentProfileId: parent.agentProfileId,
      approvalPolicy: parent.approvalPolicy,
      largeMergeLines: parent.largeMergeLines,
      fixupPolicy: parent.fixupPolicy,
      mergeBatchSize: parent.mergeBatchSize,
      chain: false,
      parentMissionId: parent.id,
      createdByUserId: parent.createdByUserId,
    },
  });
}
