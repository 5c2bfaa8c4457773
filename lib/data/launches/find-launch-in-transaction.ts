import type { Transaction } from "@/lib/data/transaction";

export function findLaunchInTransaction(tx: Transaction, sessionId: string) {
  return tx.sessionLaunch.findUnique({ where: { sessionId } });
}
