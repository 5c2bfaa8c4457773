import { toChannelView } from "@/lib/data/notifications/to-channel-view";
import { getDb } from "@/lib/db";

/** Every channel, oldest first, without its secrets. */
export async function listNotificationChannels() {
  const rows = await getDb().notificationChannel.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, kind: true, config: true, events: true, updatedAt: true },
  });
  return rows.map(toChannelView);
}
