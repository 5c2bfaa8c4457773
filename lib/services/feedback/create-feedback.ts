import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { insertFeedback } from "@/lib/data/feedback/insert-feedback";
import { findProjectName } from "@/lib/data/projects/find-project-name";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import type { NewFeedback } from "@/lib/validation/feedback";

export async function createFeedback(actor: Actor, input: NewFeedback) {
  authorize(actor, "operator");
  return inTransaction(async (tx) => {
    const project = await findProjectName(tx, input.projectId);
    if (project === null) throw new UserInputError("Unknown project.", "projectId");
    const now = new Date();
    const feedback = await insertFeedback(tx, {
      projectId: input.projectId,
      type: input.type,
      title: input.title,
      description: input.description || null,
      priority: input.priority,
      status: "new",
      reportedBy: actor.email,
      createdAt: now,
      updatedAt: now,
    });
    await insertAuditEntry(tx, {
      operation: "create_feedback",
      targetType: "feedback",
      targetId: feedback.id,
      details: { project, type: input.type, title: input.title },
      userId: actor.userId,
    });
    return feedback;
  });
}
