import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A channel's secrets: bot token, webhook URL, ntfy token or signing secret, by kind. */
export type ChannelSecrets = {
  botToken?: string;
  url?: string;
  ntfyToken?: string;
  signingSecret?: string;
};

/**
 * AES-256-GCM under a key derived (HKDF-SHA256) from AUTH_SECRET, as the agent API keys are; the
 * channel id is the additional data, so a ciphertext copied to another channel does not decrypt.
 */
function encryptionKey(): Buffer {
  const secret = getEnv().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: channel secrets cannot be encrypted.");
  return Buffer.from(hkdfSync("sha256", secret, "mission-control", "notification-channels v1", 32));
}

export function encryptChannelSecrets(channelId: string, secrets: ChannelSecrets): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(channelId, "utf8"));
  const ciphertext = Buffer.concat([
    cipher.update(JSON.stringify(secrets), "utf8"),
    cipher.final(),
  ]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function decryptChannelSecrets(channelId: string, stored: string): ChannelSecrets {
  const [version, iv, tag, ciphertext] = stored.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined)
    throw new Error(`The secrets of channel ${channelId} are not in a known format.`);
  try {
    const decipher = createDecipheriv(
      "aes-256-gcm",
      encryptionKey(),
      Buffer.from(iv, "base64url"),
      { authTagLength: TAG_BYTES },
    );
    decipher.setAAD(Buffer.from(channelId, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return JSON.parse(
      Buffer.concat([
        decipher.update(Buffer.from(ciphertext, "base64url")),
        decipher.final(),
      ]).toString("utf8"),
    ) as ChannelSecrets;
  } catch {
    throw new Error(
      `The secrets of channel ${channelId} cannot be decrypted (was AUTH_SECRET changed?): enter them again in Settings.`,
    );
  }
}
