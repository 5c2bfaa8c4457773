import type { ChannelSecrets } from "@/lib/data/notifications/notification-secret-cipher";
import type { ChannelKind, NotificationEventKind } from "@/lib/validation/notifications";

/** What may be shown of a channel: never a secret. */
export type ChannelConfig = {
  telegramBaseUrl?: string;
  chatId?: string;
  ntfyServerUrl?: string;
  ntfyTopic?: string;
  /** The part of a webhook URL that may be shown (scheme, host and path start). */
  urlHint?: string;
};

export type ChannelView = {
  id: string;
  name: string;
  kind: ChannelKind;
  config: ChannelConfig;
  events: NotificationEventKind[];
  updatedAt: Date;
};

/** A channel with its secrets, for sending only. */
export type ChannelWithSecrets = ChannelView & { secrets: ChannelSecrets };
