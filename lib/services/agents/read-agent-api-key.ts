import { findAgentApiKey } from "@/lib/data/agent-api-keys/find-agent-api-key";

export type ApiKeyRead = { ok: true; apiKey: string | undefined } | { ok: false; reason: string };

/**
 * The profile's stored API key, read before anything starts, so that a key that can no longer be
 * decrypted (AUTH_SECRET changed) ends the unit or session with that reason instead of a crash.
 */
export async function readAgentApiKey(profileId: string): Promise<ApiKeyRead> {
  try {
    return { ok: true, apiKey: await findAgentApiKey(profileId) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}
