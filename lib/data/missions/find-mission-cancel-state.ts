import type { Transaction } from "@/lib/data/transaction";

/** Whether the mission has ended or a cancel was asked for; null when there is no such mission. */
export function findMissionCancelState(tx: Transaction, missionId: string) {
  return tx.mission.findUnique({
    where: { id: missionId },
    select: { finishedAt: true, cancelRequestedAt: true },
  });
}
