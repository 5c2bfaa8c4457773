import { insertDeliveries } from "@/lib/data/notifications/insert-deliveries";
import { listChannelsForEvent } from "@/lib/data/notifications/list-channels-for-event";
import { buildNotificationMessage } from "@/lib/services/notifications/build-notification-message";
import type { NotificationEvent } from "@/lib/validation/notifications";

/**
 * One delivery row per channel whose filter takes the event (none twice for the same event key);
 * returns the deliveries still to send. Run again, it finds the rows it made.
 */
export async function fanOutNotification(event: NotificationEvent): Promise<string[]> {
  const channels = await listChannelsForEvent(event.kind);
  if (!channels.length) return [];
  const message = await buildNotificationMessage(event);
  return insertDeliveries(
    channels.map((channel) => channel.id),
    event,
    message,
  );
}
