import type { Transaction } from "@/lib/data/transaction";

export function insertFeedbackComment(
  tx: Transaction,
  comment: { feedbackId: string; commentText: string; authorUserId: string | null },
) {
  return tx.feedbackComment.create({ data: comment });
}
