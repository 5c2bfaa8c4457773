import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { closeOpenSession } from "@/lib/data/sessions/close-open-session";
import { findSessionProjectName } from "@/lib/data/sessions/find-session-project-name";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import type { SessionClosing } from "@/lib/validation/sessions";

/** Closes an open session as an agent would at its end; a closed session is left as it is. */
export async function closeSession(actor: Actor, sessionId: string, closing: SessionClosing) {
  authorize(actor, "operator");
  return inTransaction(async (tx) => {
    const session = await findSessionProjectName(tx, sessionId);
    if (!session) throw new UserInputError("Unknown session.", "sessionId");
    if (!(await closeOpenSession(tx, sessionId, closing)))
      throw new UserInputError("This session is already closed.");
    await insertAuditEntry(tx, {
      operation: "close_session",
      targetType: "session",
      targetId: sessionId,
      details: {
        project: session.projectName,
        tasks: closing.tasks.length,
        learnings: closing.learnings.length,
        challenges: closing.challenges.length,
      },
      userId: actor.userId,
    });
  });
}
