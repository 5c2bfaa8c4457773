import { getDb } from "@/lib/db";

/** A mission's merge batches in order, as the mission page shows them. */
export function listMissionBatches(missionId: string) {
  return getDb().mergeBatch.findMany({
    where: { missionId },
    orderBy: { position: "asc" },
  });
}
