import type { Transaction } from "@/lib/data/transaction";

/** Counts the failed attempt and keeps the event for another try at `retryAt`. */
export function markOutboxEventFailed(
  tx: Transaction,
  id: string,
  failure: { error: string; retryAt: Date },
) {
  return tx.outboxEvent.update({
    where: { id },
    data: { attempts: { increment: 1 }, lastError: failure.error, nextAttemptAt: failure.retryAt },
  });
}
