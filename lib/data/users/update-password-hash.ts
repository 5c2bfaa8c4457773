import type { Transaction } from "@/lib/data/transaction";

export function updatePasswordHash(tx: Transaction, userId: string, passwordHash: string) {
  return tx.user.update({ where: { id: userId }, data: { passwordHash, updatedAt: new Date() } });
}
