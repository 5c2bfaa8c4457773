import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { getDb } from "@/lib/db";
import { UserInputError } from "@/lib/errors/user-input-error";

export async function setMessageStatus(
  actor: Actor,
  messageId: string,
  status: "read" | "processed",
) {
  authorize(actor, "operator");
  return getDb().$transaction(async (tx) => {
    const before = await tx.instanceMessage.findUnique({
      where: { id: messageId },
      select: { status: true, readAt: true },
    });
    if (!before) throw new UserInputError("Unknown message.", "messageId");
    const message = await tx.instanceMessage.update({
      where: { id: messageId },
      data: { status, readAt: before.readAt ?? new Date() },
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
