import { getDb } from "@/lib/db";

/** The units a train step was given, in the order given, each with whether it has a merge. */
export async function findTrainUnits(unitIds: string[]) {
  const rows = await getDb().workUnit.findMany({
    where: { id: { in: unitIds } },
    select: {
      id: true,
      roundId: true,
      unitKey: true,
      title: true,
      status: true,
      branch: true,
      headCommit: true,
      merge: { select: { id: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return unitIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}
export type TrainUnit = Awaited<ReturnType<typeof findTrainUnits>>[number];
