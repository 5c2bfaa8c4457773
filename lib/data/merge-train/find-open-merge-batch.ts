import { getDb } from "@/lib/db";

/** The batch a killed run left unfinished, if any (a mission's train runs one batch at a time). */
export function findOpenMergeBatch(missionId: string) {
  return getDb().mergeBatch.findFirst({
    where: { missionId, finishedAt: null },
    orderBy: { position: "asc" },
  });
}
export type MergeBatchRow = NonNullable<Awaited<ReturnType<typeof findOpenMergeBatch>>>;
