import type { Transaction } from "@/lib/data/transaction";

export async function updateMissionStatus(tx: Transaction, missionId: string, status: string) {
  await tx.mission.update({ where: { id: missionId }, data: { status } });
}
