import { openSecret, sealSecret } from "@/lib/data/secret-cipher";

/** A channel's secrets: bot token, webhook URL, ntfy token or signing secret, by kind. */
export type ChannelSecrets = {
  botToken?: string;
  url?: string;
  ntfyToken?: string;
  signingSecret?: string;
};

/** Encrypted under the channel id, so secrets copied to another channel do not decrypt. */
export function encryptChannelSecrets(channelId: string, secrets: ChannelSecrets): string {
  return sealSecret("notification-channels", channelId, JSON.stringify(secrets));
}

export function decryptChannelSecrets(channelId: string, stored: string): ChannelSecrets {
  const secrets = openSecret("notification-channels", channelId, stored);
  if (secrets === null)
    throw new Error(
      `The secrets of channel ${channelId} cannot be decrypted (was AUTH_SECRET changed?): enter them again in Settings.`,
    );
  return JSON.parse(secrets) as ChannelSecrets;
}
