import type { Transaction } from "@/lib/data/transaction";

export function findMissionStatus(tx: Transaction, id: string) {
  return tx.mission.findUnique({ where: { id }, select: { status: true } });
}
