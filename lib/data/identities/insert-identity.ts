import type { Transaction } from "@/lib/data/transaction";

export function insertIdentity(
  tx: Transaction,
  identity: { name: string; platform: string; roleDescription: string },
) {
  return tx.identity.create({ data: identity });
}
