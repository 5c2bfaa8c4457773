import type { ChannelWithSecrets } from "@/lib/data/notifications/channel-types";
import { decryptChannelSecrets } from "@/lib/data/notifications/notification-secret-cipher";
import { toChannelView } from "@/lib/data/notifications/to-channel-view";
import { getDb } from "@/lib/db";

/** A channel and its decrypted secrets, for sending (never for a page). */
export async function findChannelWithSecrets(id: string): Promise<ChannelWithSecrets | null> {
  const row = await getDb().notificationChannel.findUnique({ where: { id } });
  if (!row) return null;
  return { ...toChannelView(row), secrets: decryptChannelSecrets(row.id, row.secretCiphertext) };
}
