import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Which secrets a key is for: each purpose has its own key derived from AUTH_SECRET. */
export type SecretPurpose = "agent-api-keys" | "webhook-secrets" | "notification-channels";

function encryptionKey(purpose: SecretPurpose): Buffer {
  const secret = getEnv().AUTH_SECRET;
  if (!secret) throw new Error(`AUTH_SECRET is not set: ${purpose} cannot be encrypted.`);
  return Buffer.from(hkdfSync("sha256", secret, "mission-control", `${purpose} v1`, 32));
}

/**
 * AES-256-GCM under a key derived (HKDF-SHA256) from the app's AUTH_SECRET, which the supervisor
 * keeps in `MC_DATA_DIR/secrets.json` and hands to the app process. `scope` (the row it belongs
 * to) is the additional data, so a ciphertext copied to another row does not decrypt.
 */
export function sealSecret(purpose: SecretPurpose, scope: string, plaintext: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(purpose), iv, {
    authTagLength: TAG_BYTES,
  });
  cipher.setAAD(Buffer.from(scope, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** The plaintext, or null when it is not in a known format or does not decrypt (AUTH_SECRET changed). */
export function openSecret(purpose: SecretPurpose, scope: string, stored: string): string | null {
  const [version, iv, tag, ciphertext] = stored.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) return null;
  try {
    const decipher = createDecipheriv(
      "aes-256-gcm",
      encryptionKey(purpose),
      Buffer.from(iv, "base64url"),
      { authTagLength: TAG_BYTES },
    );
    decipher.setAAD(Buffer.from(scope, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, "base64url")),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    return null;
  }
}
