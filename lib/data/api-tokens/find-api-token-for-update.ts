import type { Transaction } from "@/lib/data/transaction";

/** The token and its owner, locked for the rest of the transaction. */
export async function findApiTokenForUpdate(tx: Transaction, tokenId: string) {
  const [row] = await tx.$queryRaw<
    { token_id: string; user_id: string; name: string; revoked_at: Date | null }[]
  >`SELECT token_id, user_id, name, revoked_at
      FROM claude_mission_control.api_tokens
     WHERE token_id = ${tokenId}::uuid
       FOR UPDATE`;
  return row
    ? { id: row.token_id, userId: row.user_id, name: row.name, revokedAt: row.revoked_at }
    : null;
}
