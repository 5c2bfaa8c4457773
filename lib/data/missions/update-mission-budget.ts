import type { Transaction } from "@/lib/data/transaction";

export async function updateMissionBudget(tx: Transaction, missionId: string, budgetUsd: number) {
  await tx.mission.update({ where: { id: missionId }, data: { budgetUsd } });
}
