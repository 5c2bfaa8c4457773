import type { InputJsonObject } from "@/lib/data/json";
import type { NotificationMessage } from "@/lib/data/notifications/notification-message";
import { getDb } from "@/lib/db";

/**
 * One delivery per channel for the event, unless the channel already has one for its key (a
 * repeated event or fan-out); returns the ids of the deliveries not yet delivered.
 */
export async function insertDeliveries(
  channelIds: string[],
  event: { kind: string; key: string },
  message: NotificationMessage,
) {
  if (!channelIds.length) return [];
  await getDb().notificationDelivery.createMany({
    data: channelIds.map((channelId) => ({
      channelId,
      eventKind: event.kind,
      eventKey: event.key,
      message: message as unknown as InputJsonObject,
    })),
    skipDuplicates: true,
  });
  const rows = await getDb().notificationDelivery.findMany({
    where: { channelId: { in: channelIds }, eventKey: event.key, status: { not: "delivered" } },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
