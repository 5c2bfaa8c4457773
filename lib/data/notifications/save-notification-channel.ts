import type { InputJsonObject } from "@/lib/data/json";
import type { ChannelConfig } from "@/lib/data/notifications/channel-types";
import {
  type ChannelSecrets,
  encryptChannelSecrets,
} from "@/lib/data/notifications/notification-secret-cipher";
import type { Transaction } from "@/lib/data/transaction";
import type { ChannelKind, NotificationEventKind } from "@/lib/validation/notifications";

/** Creates or replaces a channel under the given id; its secrets are stored encrypted. */
export async function saveNotificationChannel(
  tx: Transaction,
  channel: {
    id: string;
    name: string;
    kind: ChannelKind;
    config: ChannelConfig;
    events: NotificationEventKind[];
    secrets: ChannelSecrets;
  },
) {
  const data = {
    name: channel.name,
    kind: channel.kind,
    config: channel.config as InputJsonObject,
    events: channel.events,
    secretCiphertext: encryptChannelSecrets(channel.id, channel.secrets),
    updatedAt: new Date(),
  };
  await tx.notificationChannel.upsert({
    where: { id: channel.id },
    create: { id: channel.id, ...data },
    update: data,
    select: { id: true },
  });
}
