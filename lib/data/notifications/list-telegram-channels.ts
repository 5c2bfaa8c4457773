import type { ChannelWithSecrets } from "@/lib/data/notifications/channel-types";
import { decryptChannelSecrets } from "@/lib/data/notifications/notification-secret-cipher";
import { toChannelView } from "@/lib/data/notifications/to-channel-view";
import { getDb } from "@/lib/db";

/** The Telegram channels, with their bot tokens, for reading replies. */
export async function listTelegramChannels(): Promise<ChannelWithSecrets[]> {
  const rows = await getDb().notificationChannel.findMany({
    where: { kind: "telegram" },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({
    ...toChannelView(row),
    secrets: decryptChannelSecrets(row.id, row.secretCiphertext),
  }));
}
