import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { getDb } from "@/lib/db";
import { UserInputError } from "@/lib/errors/user-input-error";
import type { SessionClosing } from "@/lib/validation/sessions";

/** Closes an open session as an agent would at its end; a closed session is left as it is. */
export async function closeSession(actor: Actor, sessionId: string, closing: SessionClosing) {
  authorize(actor, "operator");
  return getDb().$transaction(async (tx) => {
    const session = await tx.sessionHistory.findUnique({
      where: { id: sessionId },
      select: { projectName: true },
    });
    if (!session) throw new UserInputError("Unknown session.", "sessionId");
    // The condition is checked again under the row lock, so two closes at once cannot both win.
    const closed = await tx.sessionHistory.updateMany({
      where: { id: sessionId, sessionEnd: null },
      data: {
        sessionEnd: new Date(),
        sessionSummary: closing.summary,
        tasksCompleted: closing.tasks,
        learningsGained: closing.learnings,
        challengesEncountered: closing.challenges,
      },
    });
    if (closed.count === 0) throw new UserInputError("This session is already closed.");
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
