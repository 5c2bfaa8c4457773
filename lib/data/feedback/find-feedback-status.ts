import type { Transaction } from "@/lib/data/transaction";

export function findFeedbackStatus(tx: Transaction, id: string) {
  return tx.projectFeedback.findUnique({ where: { id }, select: { status: true } });
}
