import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { hasRole } from "@/lib/auth/roles";
import { insertApiToken } from "@/lib/data/api-tokens/insert-api-token";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import { generateApiToken, hashApiToken } from "@/lib/services/api-tokens/hash-api-token";
import { parseMissionInput } from "@/lib/services/missions/parse-mission-input";
import { newApiTokenSchema } from "@/lib/validation/api-tokens";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Creates a token for the actor with a role no higher than the actor's own. The token itself is
 * returned once, here; only its sha256 is stored, and the audit row names the token, not it.
 */
export async function createApiToken(actor: Actor, input: unknown, now = new Date()) {
  authorize(actor, "viewer");
  const { name, role, expiresInDays } = parseMissionInput(newApiTokenSchema, input);
  if (!hasRole(actor.role, role))
    throw new UserInputError(`Choose a role up to your own (${actor.role}).`, "role");
  const token = generateApiToken();
  const expiresAt =
    expiresInDays === null ? null : new Date(now.getTime() + expiresInDays * DAY_MS);
  const created = await inTransaction(async (tx) => {
    const row = await insertApiToken(tx, {
      userId: actor.userId,
      name,
      role,
      tokenHash: hashApiToken(token),
      expiresAt,
    });
    await insertAuditEntry(tx, {
      operation: "api_token.created",
      targetType: "api_token",
      targetId: row.id,
      details: { name, role, expiresAt: expiresAt?.toISOString() ?? null },
      userId: actor.userId,
    });
    return row;
  });
  return { ...created, token };
}
