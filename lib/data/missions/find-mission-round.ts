import type { Transaction } from "@/lib/data/transaction";

/** The round's row; throws when there is no such round. */
export function findMissionRound(tx: Transaction, roundId: string) {
  return tx.missionRound.findUniqueOrThrow({ where: { id: roundId } });
}
