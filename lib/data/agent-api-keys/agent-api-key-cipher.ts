import { openSecret, sealSecret } from "@/lib/data/secret-cipher";

/** Encrypted under the profile id, so a key copied to another profile's row does not decrypt. */
export function encryptAgentApiKey(profileId: string, apiKey: string): string {
  return sealSecret("agent-api-keys", profileId, apiKey);
}

export function decryptAgentApiKey(profileId: string, stored: string): string {
  const apiKey = openSecret("agent-api-keys", profileId, stored);
  if (apiKey === null)
    throw new Error(
      `The stored API key of profile “${profileId}” cannot be decrypted (was AUTH_SECRET changed?): set it again in Settings.`,
    );
  return apiKey;
}
