import type { Transaction } from "@/lib/data/transaction";

export function updateFeedbackStatus(
  tx: Transaction,
  id: string,
  change: { status: string; updatedAt: Date; resolvedAt: Date | null },
) {
  return tx.projectFeedback.update({ where: { id }, data: change });
}
