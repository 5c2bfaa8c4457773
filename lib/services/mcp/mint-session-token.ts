import { insertApiToken } from "@/lib/data/api-tokens/insert-api-token";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { insertSessionApiToken } from "@/lib/data/mcp/insert-session-api-token";
import { inTransaction } from "@/lib/data/transaction";
import { generateApiToken, hashApiToken } from "@/lib/services/api-tokens/hash-api-token";

/**
 * A short-lived operator token for one launched agent's MCP server, on behalf of the person who
 * launched it (so it never acts above their role): it expires with the launch's timeout, is
 * scoped to the session and is revoked when the launch ends. Only its hash is stored.
 */
export async function mintSessionToken(launch: {
  sessionId: string;
  userId: string;
  expiresAt: Date;
}) {
  const token = generateApiToken();
  await inTransaction(async (tx) => {
    const row = await insertApiToken(tx, {
      userId: launch.userId,
      name: `session ${launch.sessionId}`,
      role: "operator",
      tokenHash: hashApiToken(token),
      expiresAt: launch.expiresAt,
    });
    await insertSessionApiToken(tx, row.id, launch.sessionId);
    await insertAuditEntry(tx, {
      operation: "api_token.created",
      targetType: "api_token",
      targetId: row.id,
      details: {
        name: row.name,
        role: "operator",
        session: launch.sessionId,
        expiresAt: launch.expiresAt.toISOString(),
      },
      userId: launch.userId,
    });
  });
  return token;
}
