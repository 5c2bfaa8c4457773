import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { countIdentities } from "@/lib/data/identities/count-identities";
import { insertMessage } from "@/lib/data/messages/insert-message";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import type { NewMessage } from "@/lib/validation/messages";

export async function sendMessage(actor: Actor, input: NewMessage) {
  authorize(actor, "operator");
  return inTransaction(async (tx) => {
    const ids = [input.fromIdentityId, ...(input.toIdentityId ? [input.toIdentityId] : [])];
    const found = await countIdentities(tx, ids);
    if (found !== new Set(ids).size)
      throw new UserInputError(
        "Unknown identity.",
        input.toIdentityId ? "toIdentityId" : "fromIdentityId",
      );
    const message = await insertMessage(tx, {
      fromIdentityId: input.fromIdentityId,
      toIdentityId: input.toIdentityId ?? null,
      messageType: input.type,
      messageSubject: input.subject,
      messageBody: { text: input.body },
      status: "unread",
      createdAt: new Date(),
    });
    await insertAuditEntry(tx, {
      operation: "send_message",
      targetType: "message",
      targetId: message.id,
      identityId: input.fromIdentityId,
      details: { to: input.toIdentityId ?? "broadcast", type: input.type },
      userId: actor.userId,
    });
    return message;
  });
}
