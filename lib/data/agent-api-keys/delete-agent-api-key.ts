import type { Transaction } from "@/lib/data/transaction";

/** Removes the profile's API key; true when there was one. */
export async function deleteAgentApiKey(tx: Transaction, profileId: string): Promise<boolean> {
  const { count } = await tx.agentApiKey.deleteMany({ where: { profileId } });
  return count > 0;
}
