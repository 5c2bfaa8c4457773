import type { Transaction } from "@/lib/data/transaction";

export async function setCancelRequestedAt(tx: Transaction, missionId: string) {
  await tx.mission.update({ where: { id: missionId }, data: { cancelRequestedAt: new Date() } });
}
