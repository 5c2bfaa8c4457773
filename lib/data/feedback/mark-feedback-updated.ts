import type { Transaction } from "@/lib/data/transaction";

export function markFeedbackUpdated(tx: Transaction, id: string) {
  return tx.projectFeedback.update({ where: { id }, data: { updatedAt: new Date() } });
}
