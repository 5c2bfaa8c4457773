import { encryptAgentApiKey } from "@/lib/data/agent-api-keys/agent-api-key-cipher";
import type { Transaction } from "@/lib/data/transaction";

/** Stores (or replaces) the profile's API key, encrypted. Returns nothing that holds the key. */
export async function saveAgentApiKey(
  tx: Transaction,
  profileId: string,
  key: string,
  userId: string | null,
): Promise<void> {
  const data = {
    keyCiphertext: encryptAgentApiKey(profileId, key),
    updatedAt: new Date(),
    updatedBy: userId,
  };
  await tx.agentApiKey.upsert({
    where: { profileId },
    create: { profileId, ...data },
    update: data,
    select: { profileId: true },
  });
}
