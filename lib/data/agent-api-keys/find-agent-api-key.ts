import { decryptAgentApiKey } from "@/lib/data/agent-api-keys/agent-api-key-cipher";
import { getDb } from "@/lib/db";

/** The profile's API key in plain text, for the agent's environment only; undefined when unset. */
export async function findAgentApiKey(profileId: string): Promise<string | undefined> {
  const row = await getDb().agentApiKey.findUnique({
    where: { profileId },
    select: { keyCiphertext: true },
  });
  return row ? decryptAgentApiKey(profileId, row.keyCiphertext) : undefined;
}
