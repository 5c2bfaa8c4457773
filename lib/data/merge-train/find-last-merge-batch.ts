import { getDb } from "@/lib/db";

/** The mission's newest batch: it numbers the next one and sets its size. */
export function findLastMergeBatch(missionId: string) {
  return getDb().mergeBatch.findFirst({
    where: { missionId },
    orderBy: { position: "desc" },
    select: { position: true, size: true, status: true },
  });
}
