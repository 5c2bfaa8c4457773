import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { hasRole } from "@/lib/auth/roles";
import { findApiTokenForUpdate } from "@/lib/data/api-tokens/find-api-token-for-update";
import { markApiTokenRevoked } from "@/lib/data/api-tokens/mark-api-token-revoked";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";

/** Revokes one of the actor's tokens (an admin: anyone's). Revoking twice changes nothing. */
export async function revokeApiToken(actor: Actor, tokenId: string) {
  authorize(actor, "viewer");
  return inTransaction(async (tx) => {
    const token = await findApiTokenForUpdate(tx, tokenId);
    if (!token || (token.userId !== actor.userId && !hasRole(actor.role, "admin")))
      throw new UserInputError("Unknown token.", "tokenId");
    if (token.revokedAt) return { id: token.id, name: token.name, revokedAt: token.revokedAt };
    const revoked = await markApiTokenRevoked(tx, token.id);
    await insertAuditEntry(tx, {
      operation: "api_token.revoked",
      targetType: "api_token",
      targetId: token.id,
      details: { name: token.name, owner: token.userId },
      userId: actor.userId,
    });
    return { id: token.id, name: token.name, revokedAt: revoked.revokedAt };
  });
}
