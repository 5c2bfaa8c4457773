import type { Transaction } from "@/lib/data/transaction";

export function markLaunchStopRequested(tx: Transaction, sessionId: string) {
  return tx.sessionLaunch.update({ where: { sessionId }, data: { stopRequestedAt: new Date() } });
}
