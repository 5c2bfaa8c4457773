import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findIdentity } from "@/lib/data/identities/find-identity";
import { insertSession } from "@/lib/data/sessions/insert-session";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";

/**
 * Opens a session row as an agent does when it starts work outside the launcher: the row and its
 * audit row in one transaction. The session id is what `record_session_end` closes.
 */
export async function recordSessionStart(
  actor: Actor,
  input: { projectName: string; identityId: string; note?: string },
) {
  authorize(actor, "operator");
  return inTransaction(async (tx) => {
    const identity = await findIdentity(tx, input.identityId);
    if (!identity) throw new UserInputError("Unknown identity.", "identityId");
    const now = new Date();
    const id = randomUUID();
    await insertSession(tx, {
      id,
      identityId: identity.id,
      projectName: input.projectName,
      sessionStart: now,
      createdAt: now,
      sessionMetadata: {
        source: "mission-control mcp",
        startedBy: actor.email,
        ...(input.note ? { note: input.note } : {}),
      },
    });
    await insertAuditEntry(tx, {
      operation: "start_session",
      targetType: "session",
      targetId: id,
      details: { project: input.projectName, via: "mcp" },
      userId: actor.userId,
      identityId: identity.id,
    });
    return { sessionId: id, sessionStart: now.toISOString() };
  });
}
