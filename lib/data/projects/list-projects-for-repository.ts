import { getDb } from "@/lib/db";

/**
 * The projects a GitHub repository belongs to: those whose webhook settings name it ("owner/name",
 * any case) and those whose mission settings clone one of its URLs.
 */
export async function listProjectsForRepository(fullName: string, urls: string[]) {
  const db = getDb();
  const [named, cloned] = await Promise.all([
    db.projectWebhookSettings.findMany({
      where: { githubRepository: { equals: fullName, mode: "insensitive" } },
      select: { projectId: true },
    }),
    urls.length
      ? db.projectMissionSettings.findMany({
          where: { cloneUrl: { in: urls } },
          select: { projectId: true },
        })
      : [],
  ]);
  return [...new Set([...named, ...cloned].map((row) => row.projectId))];
}
