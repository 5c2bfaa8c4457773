import type { Transaction } from "@/lib/data/transaction";

export function markApiTokenRevoked(tx: Transaction, tokenId: string, at = new Date()) {
  return tx.apiToken.update({
    where: { id: tokenId },
    data: { revokedAt: at },
    select: { id: true, revokedAt: true },
  });
}
