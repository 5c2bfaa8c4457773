import type { Transaction } from "@/lib/data/transaction";

/** Ends every session of the user: their JWTs carry the version before this one. */
export function bumpSessionVersion(tx: Transaction, userId: string) {
  return tx.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
}
