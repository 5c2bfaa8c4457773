import type { Transaction } from "@/lib/data/transaction";

export function findMessageStatus(tx: Transaction, id: string) {
  return tx.instanceMessage.findUnique({ where: { id }, select: { status: true, readAt: true } });
}
