import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findMessageStatus } from "@/lib/data/messages/find-message-status";
import { updateMessageStatus } from "@/lib/data/messages/update-message-status";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";

export async function setMessageStatus(
  actor: Actor,
  messageId: string,
  status: "read" | "processed",
) {
  authorize(actor, "operator");
  return inTransaction(async (tx) => {
    const before = await findMessageStatus(tx, messageId);
    if (!before) throw new UserInputError("Unknown message.", "messageId");
    const message = await updateMessageStatus(tx, messageId, {
      status,
      readAt: before.readAt ?? new Date(),
    });
    await insertAuditEntry(tx, {
      operation: status === "read" ? "mark_message_read" : "mark_message_processed",
      targetType: "message",
      targetId: messageId,
      details: { from: before.status, to: status },
      userId: actor.userId,
    });
    return message;
  });
}
