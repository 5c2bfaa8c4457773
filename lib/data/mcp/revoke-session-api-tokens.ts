import type { Transaction } from "@/lib/data/transaction";

/** Revokes the session's tokens that are still live; the ids of those it revoked. */
export async function revokeSessionApiTokens(tx: Transaction, sessionId: string, at = new Date()) {
  const rows = await tx.$queryRaw<{ token_id: string }[]>`
    UPDATE claude_mission_control.api_tokens t
       SET revoked_at = ${at}
      FROM claude_mission_control.session_api_tokens s
     WHERE s.token_id = t.token_id
       AND s.session_id = ${sessionId}::uuid
       AND t.revoked_at IS NULL
 RETURNING t.token_id`;
  return rows.map((row) => row.token_id);
}
