import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { getDb } from "@/lib/db";
import { UserInputError } from "@/lib/errors/user-input-error";
import type { NewFeedback } from "@/lib/validation/feedback";

export async function createFeedback(actor: Actor, input: NewFeedback) {
  authorize(actor, "operator");
  return getDb().$transaction(async (tx) => {
    const project = await tx.projectWorkspace.findUnique({
      where: { id: input.projectId },
      select: { name: true },
    });
    if (!project) throw new UserInputError("Unknown project.", "projectId");
    const now = new Date();
    const feedback = await tx.projectFeedback.create({
      data: {
        projectId: input.projectId,
        type: input.type,
        title: input.title,
        description: input.description || null,
        priority: input.priority,
        status: "new",
        reportedBy: actor.email,
        createdAt: now,
        updatedAt: now,
      },
    });
    await insertAuditEntry(tx, {
      operation: "create_feedback",
      targetType: "feedback",
      targetId: feedback.id,
      details: { project: project.name, type: input.type, title: input.title },
      userId: actor.userId,
    });
    return feedback;
  });
}
