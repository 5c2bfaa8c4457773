import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { getDb } from "@/lib/db";
import { UserInputError } from "@/lib/errors/user-input-error";

export async function addFeedbackComment(actor: Actor, feedbackId: string, text: string) {
  authorize(actor, "operator");
  return getDb().$transaction(async (tx) => {
    const feedback = await tx.projectFeedback.findUnique({
      where: { id: feedbackId },
      select: { id: true },
    });
    if (!feedback) throw new UserInputError("Unknown feedback item.", "feedbackId");
    const comment = await tx.feedbackComment.create({
      data: { feedbackId, commentText: text, authorUserId: actor.userId },
    });
    await tx.projectFeedback.update({ where: { id: feedbackId }, data: { updatedAt: new Date() } });
    await insertAuditEntry(tx, {
      operation: "comment_feedback",
      targetType: "feedback",
      targetId: feedbackId,
      details: { commentId: comment.id },
      userId: actor.userId,
    });
    return comment;
  });
}
