import { getDb } from "@/lib/db";

/** The session a token was minted for, or null for a person's own token. */
export async function findTokenSession(tokenHash: string) {
  const [row] = await getDb().$queryRaw<{ session_id: string }[]>`
    SELECT s.session_id
      FROM claude_mission_control.session_api_tokens s
      JOIN claude_mission_control.api_tokens t ON t.token_id = s.token_id
     WHERE t.token_hash = ${tokenHash}`;
  return row?.session_id ?? null;
}
