import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findFeedbackStatus } from "@/lib/data/feedback/find-feedback-status";
import { updateFeedbackStatus } from "@/lib/data/feedback/update-feedback-status";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";

const CLOSED = new Set(["resolved", "wont_fix"]);

export async function changeFeedbackStatus(actor: Actor, feedbackId: string, status: string) {
  authorize(actor, "operator");
  return inTransaction(async (tx) => {
    const before = await findFeedbackStatus(tx, feedbackId);
    if (!before) throw new UserInputError("Unknown feedback item.", "feedbackId");
    const now = new Date();
    const updated = await updateFeedbackStatus(tx, feedbackId, {
      status,
      updatedAt: now,
      resolvedAt: CLOSED.has(status) ? now : null,
    });
    await insertAuditEntry(tx, {
      operation: "update_feedback_status",
      targetType: "feedback",
      targetId: feedbackId,
      details: { from: before.status, to: status },
      userId: actor.userId,
    });
    return updated;
  });
}
