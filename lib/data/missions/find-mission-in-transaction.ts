import type { Transaction } from "@/lib/data/transaction";

/** The mission's row; throws when there is no such mission. */
export function findMissionInTransaction(tx: Transaction, missionId: string) {
  return tx.mission.findUniqueOrThrow({ where: { id: missionId } });
}
export type Mission = Awaited<ReturnType<typeof findMissionInTransaction>>;
