import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import canonicalize from "canonicalize";

const PREFIX = /^signkey-[\w]+-/;

/** The signing key as the SDK uses it for HMAC: the hex part, without `signkey-<env>-`. */
function keyMaterial(signingKey: string): string {
  return signingKey.replace(PREFIX, "");
}

/** `Bearer` value the SDK sends to the executor: the prefix kept, then sha256 of the key bytes. */
export function hashedSigningKey(signingKey: string): string {
  const prefix = signingKey.match(PREFIX)?.[0] ?? "";
  return `${prefix}${createHash("sha256")
    .update(Buffer.from(keyMaterial(signingKey), "hex"))
    .digest("hex")}`;
}

/** `X-Inngest-Signature` for a request body: HMAC-SHA256 over canonical JSON followed by t. */
export function signBody(body: unknown, signingKey: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const mac = createHmac("sha256", keyMaterial(signingKey))
    .update(`${canonicalize(body) ?? ""}${t}`)
    .digest("hex");
  return `t=${t}&s=${mac}`;
}

export function verifyBearer(header: string | undefined, signingKey: string): boolean {
  const expected = Buffer.from(`Bearer ${hashedSigningKey(signingKey)}`);
  const actual = Buffer.from(header ?? "");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function generateSigningKey(): string {
  return `signkey-prod-${createHash("sha256")
    .update(crypto.getRandomValues(new Uint8Array(32)))
    .digest("hex")}`;
}
