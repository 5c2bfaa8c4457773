import { openSecret, sealSecret } from "@/lib/data/secret-cipher";

/** `scope` names the project and the purpose ("github", "standard", "token"). */
export function encryptWebhookSecret(scope: string, value: string): string {
  return sealSecret("webhook-secrets", scope, value);
}

/** The secret, or null when it cannot be read (AUTH_SECRET changed): regenerate it then. */
export function decryptWebhookSecret(scope: string, stored: string): string | null {
  return openSecret("webhook-secrets", scope, stored);
}
