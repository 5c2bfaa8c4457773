import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { revokeSessionApiTokens } from "@/lib/data/mcp/revoke-session-api-tokens";
import { inTransaction } from "@/lib/data/transaction";

/** Revokes a launch's session tokens once it ended; revoking twice changes nothing. */
export function revokeSessionTokens(sessionId: string) {
  return inTransaction(async (tx) => {
    const revoked = await revokeSessionApiTokens(tx, sessionId);
    for (const tokenId of revoked)
      await insertAuditEntry(tx, {
        operation: "api_token.revoked",
        targetType: "api_token",
        targetId: tokenId,
        details: { session: sessionId, by: "launcher" },
      });
    return revoked.length;
  });
}
