import type { Transaction } from "@/lib/data/transaction";

export function findLaunchWithSession(tx: Transaction, sessionId: string) {
  return tx.sessionLaunch.findUnique({ where: { sessionId }, include: { session: true } });
}
