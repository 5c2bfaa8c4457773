import type { Transaction } from "@/lib/data/transaction";

/** How many of `ids` name an identity that exists. */
export function countIdentities(tx: Transaction, ids: string[]) {
  return tx.identity.count({ where: { id: { in: ids } } });
}
