import type { Transaction } from "@/lib/data/transaction";

/** Drops rows whose failures are forgotten and whose wait is over: each guessed email makes one. */
export function deleteForgottenSignInThrottles(tx: Transaction, now: Date, forgottenBefore: Date) {
  return tx.signInThrottle.deleteMany({
    where: {
      updatedAt: { lt: forgottenBefore },
      OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }],
    },
  });
}
