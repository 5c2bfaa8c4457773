import { getDb } from "@/lib/db";

export function findLaunch(sessionId: string) {
  return getDb().sessionLaunch.findUnique({
    where: { sessionId },
    include: { project: { select: { id: true, name: true, path: true } } },
  });
}
