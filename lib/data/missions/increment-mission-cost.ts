import type { Transaction } from "@/lib/data/transaction";

export async function incrementMissionCost(tx: Transaction, missionId: string, costUsd: number) {
  await tx.mission.update({
    where: { id: missionId },
    data: { costUsd: { increment: costUsd } },
  });
}
