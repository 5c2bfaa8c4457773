import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { feedbackExists } from "@/lib/data/feedback/feedback-exists";
import { insertFeedbackComment } from "@/lib/data/feedback/insert-feedback-comment";
import { markFeedbackUpdated } from "@/lib/data/feedback/mark-feedback-updated";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";

export async function addFeedbackComment(actor: Actor, feedbackId: string, text: string) {
  authorize(actor, "operator");
  return inTransaction(async (tx) => {
    if (!(await feedbackExists(tx, feedbackId)))
      throw new UserInputError("Unknown feedback item.", "feedbackId");
    const comment = await insertFeedbackComment(tx, {
      feedbackId,
      commentText: text,
      authorUserId: actor.userId,
    });
    await markFeedbackUpdated(tx, feedbackId);
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
