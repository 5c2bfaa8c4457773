import type { Transaction } from "@/lib/data/transaction";

export function updateMessageStatus(
  tx: Transaction,
  id: string,
  change: { status: string; readAt: Date },
) {
  return tx.instanceMessage.update({ where: { id }, data: change });
}
