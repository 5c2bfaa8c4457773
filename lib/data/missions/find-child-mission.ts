import type { Transaction } from "@/lib/data/transaction";

/** The mission started as this one's chained successor, or null when there is none. */
export function findChildMission(tx: Transaction, parentMissionId: string) {
  return tx.mission.findFirst({ where: { parentMissionId } });
}
