import type { Transaction } from "@/lib/data/transaction";
import type { SessionClosing } from "@/lib/validation/sessions";

/**
 * Closes the session if it is still open; false when it was closed already. The condition is
 * checked again under the row lock, so two closes at once cannot both win.
 */
export async function closeOpenSession(tx: Transaction, id: string, closing: SessionClosing) {
  const closed = await tx.sessionHistory.updateMany({
    where: { id, sessionEnd: null },
    data: {
      sessionEnd: new Date(),
      sessionSummary: closing.summary,
      tasksCompleted: closing.tasks,
      learningsGained: closing.learnings,
      challengesEncountered: closing.challenges,
    },
  });
  return closed.count > 0;
}
