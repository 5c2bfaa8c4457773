import type { Actor } from "@/lib/auth/actor";
import { hasRole, type Role, roleSchema } from "@/lib/auth/roles";
import { findActiveToken } from "@/lib/data/api-tokens/find-active-token";
import { recordApiTokenUse } from "@/lib/data/api-tokens/record-api-token-use";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findTokenSession } from "@/lib/data/mcp/find-token-session";
import { inTransaction } from "@/lib/data/transaction";
import { hashApiToken } from "@/lib/services/api-tokens/hash-api-token";

const lowerRole = (a: Role, b: Role): Role => (hasRole(a, b) ? b : a);

/**
 * The actor behind a bearer token, or null when the token is unknown, expired or revoked. It
 * acts with the token's role, lowered to its user's current one (a demoted user's tokens follow).
 * Every use sets last_used_at; an `api_token.used` audit row is written at most once an hour.
 */
export async function tokenActor(secret: string): Promise<Actor | null> {
  const token = await findActiveToken(hashApiToken(secret));
  if (!token) return null;
  const { user } = token;
  const userRole = roleSchema.parse(user.role);
  const role = token.role === null ? userRole : lowerRole(roleSchema.parse(token.role), userRole);
  await inTransaction(async (tx) => {
    if (await recordApiTokenUse(tx, token.id))
      await insertAuditEntry(tx, {
        operation: "api_token.used",
        targetType: "api_token",
        targetId: token.id,
        details: { role },
        userId: user.id,
      });
  });
  const agentSessionId = (await findTokenSession(hashApiToken(secret))) ?? undefined;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role,
    via: "token",
    agentSessionId,
  };
}
