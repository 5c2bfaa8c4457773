import type { Transaction } from "@/lib/data/transaction";

export function insertApiToken(
  tx: Transaction,
  token: { userId: string; name: string; role: string; tokenHash: string; expiresAt: Date | null },
) {
  return tx.apiToken.create({
    data: token,
    select: { id: true, name: true, role: true, expiresAt: true },
  });
}
