import type { Transaction } from "@/lib/data/transaction";

export function findIdentity(tx: Transaction, id: string) {
  return tx.identity.findUnique({ where: { id } });
}
