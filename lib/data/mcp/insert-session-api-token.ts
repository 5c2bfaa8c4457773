import type { Transaction } from "@/lib/data/transaction";

/** Marks a token as the session token of one launched session. */
export function insertSessionApiToken(tx: Transaction, tokenId: string, sessionId: string) {
  return tx.sessionApiToken.create({ data: { tokenId, sessionId } });
}
