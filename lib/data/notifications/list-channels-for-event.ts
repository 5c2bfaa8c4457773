import type { ChannelWithSecrets } from "@/lib/data/notifications/channel-types";
import { decryptChannelSecrets } from "@/lib/data/notifications/notification-secret-cipher";
import { toChannelView } from "@/lib/data/notifications/to-channel-view";
import { getDb } from "@/lib/db";
import type { NotificationEventKind } from "@/lib/validation/notifications";

/**
 * The channels whose filter takes this kind of event, with their secrets. A channel whose secrets
 * no longer decrypt is left out (its absence is the admin's cue to enter them again).
 */
export async function listChannelsForEvent(kind: NotificationEventKind) {
  const rows = await getDb().notificationChannel.findMany({
    where: { events: { array_contains: [kind] } },
    orderBy: { createdAt: "asc" },
  });
  const channels: ChannelWithSecrets[] = [];
  for (const row of rows) {
    try {
      channels.push({
        ...toChannelView(row),
        secrets: decryptChannelSecrets(row.id, row.secretCiphertext),
      });
    } catch {
      // Skipped, as the doc comment says.
    }
  }
  return channels;
}
