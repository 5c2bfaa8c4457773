import type { Transaction } from "@/lib/data/transaction";

export function saveSignInThrottle(
  tx: Transaction,
  key: string,
  state: { failures: number; blockedUntil: Date | null; updatedAt: Date },
) {
  return tx.signInThrottle.update({ where: { key }, data: state });
}
