import { getDb } from "@/lib/db";

/** Which profiles have an API key stored: all Settings may know about a key. */
export async function listProfileIdsWithApiKey(): Promise<string[]> {
  const rows = await getDb().agentApiKey.findMany({
    select: { profileId: true },
    orderBy: { profileId: "asc" },
  });
  return rows.map((row) => row.profileId);
}
