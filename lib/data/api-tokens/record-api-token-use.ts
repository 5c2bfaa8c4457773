import type { Transaction } from "@/lib/data/transaction";

/**
 * Sets last_used_at and claims the hourly audit of a use in one statement: true when no use of
 * the token was audited in the last hour (the caller then writes `api_token.used`). The row lock
 * makes two requests at once claim it once.
 */
export async function recordApiTokenUse(tx: Transaction, tokenId: string, at = new Date()) {
  const hourAgo = new Date(at.getTime() - 60 * 60 * 1000);
  const [row] = await tx.$queryRaw<{ audit_due: boolean }[]>`
    UPDATE claude_mission_control.api_tokens
       SET last_used_at = ${at},
           use_audited_at = CASE
             WHEN use_audited_at IS NULL OR use_audited_at <= ${hourAgo} THEN ${at}
             ELSE use_audited_at END
     WHERE token_id = ${tokenId}::uuid
 RETURNING (use_audited_at = ${at}) AS audit_due`;
  return row?.audit_due === true;
}
