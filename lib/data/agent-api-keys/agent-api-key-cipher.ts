import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM under a key derived (HKDF-SHA256) from the app's AUTH_SECRET, which the supervisor
 * keeps in `MC_DATA_DIR/secrets.json` and hands to the app process. The profile id is the
 * additional data, so a ciphertext copied to another profile's row does not decrypt.
 */
function encryptionKey(): Buffer {
  const secret = getEnv().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: API keys cannot be encrypted.");
  return Buffer.from(hkdfSync("sha256", secret, "mission-control", "agent-api-keys v1", 32));
}

export function encryptAgentApiKey(profileId: string, apiKey: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(profileId, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(apiKey, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function decryptAgentApiKey(profileId: string, stored: string): string {
  const [version, iv, tag, ciphertext] = stored.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined)
    throw new Error(`The stored API key of profile “${profileId}” is not in a known format.`);
  try {
    const decipher = createDecipheriv(
      "aes-256-gcm",
      encryptionKey(),
      Buffer.from(iv, "base64url"),
      { authTagLength: TAG_BYTES },
    );
    decipher.setAAD(Buffer.from(profileId, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, "base64url")),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    throw new Error(
      `The stored API key of profile “${profileId}” cannot be decrypted (was AUTH_SECRET changed?): set it again in Settings.`,
    );
  }
}
