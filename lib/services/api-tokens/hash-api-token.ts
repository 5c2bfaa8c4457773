import { createHash, randomBytes } from "node:crypto";

const PREFIX = "mc_";

/** A new secret token: `mc_` and 32 random bytes, base64url. Only its hash is stored. */
export function generateApiToken(): string {
  return `${PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
