import type { Transaction } from "@/lib/data/transaction";

export function countAdmins(tx: Transaction) {
  return tx.user.count({ where: { role: "admin" } });
}
