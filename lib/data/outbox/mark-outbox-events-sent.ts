import type { Transaction } from "@/lib/data/transaction";

export function markOutboxEventsSent(tx: Transaction, ids: string[], sentAt: Date) {
  return tx.outboxEvent.updateMany({
    where: { id: { in: ids } },
    data: { sentAt, lastError: null, attempts: { increment: 1 } },
  });
}
