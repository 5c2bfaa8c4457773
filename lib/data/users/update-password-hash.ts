import type { Transaction } from "@/lib/data/transaction";

/** A new password ends every session signed in with the old one (the session version moves). */
export function updatePasswordHash(tx: Transaction, userId: string, passwordHash: string) {
  return tx.user.update({
    where: { id: userId },
    data: { passwordHash, updatedAt: new Date(), sessionVersion: { increment: 1 } },
  });
}
