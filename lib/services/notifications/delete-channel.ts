import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { deleteNotificationChannel } from "@/lib/data/notifications/delete-notification-channel";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";

export async function deleteChannel(actor: Actor, channelId: string) {
  authorize(actor, "admin");
  await inTransaction(async (tx) => {
    if (!(await deleteNotificationChannel(tx, channelId)))
      throw new UserInputError("That channel no longer exists.");
    await insertAuditEntry(tx, {
      operation: "notification_channel.deleted",
      targetType: "notification_channel",
      targetId: channelId,
      userId: actor.userId,
    });
  });
}
