import { decryptChannelSecrets } from "@/lib/data/notifications/notification-secret-cipher";
import { toChannelView } from "@/lib/data/notifications/to-channel-view";
import type { Transaction } from "@/lib/data/transaction";

/** A channel and its secrets, read inside an edit's transaction (a blank secret keeps the old). */
export async function findChannelInTransaction(tx: Transaction, id: string) {
  const row = await tx.notificationChannel.findUnique({ where: { id } });
  if (!row) return null;
  return { ...toChannelView(row), secrets: decryptChannelSecrets(row.id, row.secretCiphertext) };
}
