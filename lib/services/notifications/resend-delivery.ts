import { notificationDeliveryRequested } from "@/inngest/events";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { requeueDelivery } from "@/lib/data/notifications/requeue-delivery";
import { insertOutboxEvent } from "@/lib/data/outbox/insert-outbox-event";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";

/** A failed delivery is sent again by a new run of `notification-send`. */
export async function resendDelivery(actor: Actor, deliveryId: string) {
  authorize(actor, "admin");
  await inTransaction(async (tx) => {
    if (!(await requeueDelivery(tx, deliveryId)))
      throw new UserInputError("Only a failed delivery can be re-sent.");
    await insertOutboxEvent(tx, notificationDeliveryRequested, { deliveryId });
    await insertAuditEntry(tx, {
      operation: "notification_delivery.resent",
      targetType: "notification_delivery",
      targetId: deliveryId,
      userId: actor.userId,
    });
  });
}
