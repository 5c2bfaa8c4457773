import { decryptChannelSecrets } from "@/lib/data/notifications/notification-secret-cipher";
import { getDb } from "@/lib/db";

/** A webhook channel's signing secret (`whsec_…`), which admins copy to the receiving end. */
export async function findChannelSigningSecret(id: string): Promise<string | undefined> {
  const row = await getDb().notificationChannel.findUnique({
    where: { id },
    select: { kind: true, secretCiphertext: true },
  });
  if (row?.kind !== "webhook") return undefined;
  return decryptChannelSecrets(id, row.secretCiphertext).signingSecret;
}
