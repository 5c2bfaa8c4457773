import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";

type LinkFacts = { id: string; approvalId: string; decision: string; expiresAt: Date };

function signingKey(): Buffer {
  const secret = getEnv().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: approval links cannot be signed.");
  return Buffer.from(hkdfSync("sha256", secret, "mission-control", "approval-links v1", 32));
}

function signature(link: LinkFacts): Buffer {
  return createHmac("sha256", signingKey())
    .update(`${link.id}.${link.approvalId}.${link.decision}.${link.expiresAt.getTime()}`)
    .digest();
}

/** `<link id>.<HMAC-SHA256 of the link's facts>`: the row says what it decides, the MAC that we made it. */
export function approvalLinkToken(link: LinkFacts): string {
  return `${link.id}.${signature(link).toString("base64url")}`;
}

/** The link id a token names, before its row is read; undefined when it is not a token's shape. */
export function linkIdOfToken(token: string): string | undefined {
  const [id, mac, extra] = token.split(".");
  if (extra !== undefined || !mac || !id) return undefined;
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
    ? id
    : undefined;
}

export function approvalLinkSignatureMatches(token: string, link: LinkFacts): boolean {
  const mac = Buffer.from(token.split(".")[1] ?? "", "base64url");
  const expected = signature(link);
  return mac.length === expected.length && timingSafeEqual(mac, expected);
}
