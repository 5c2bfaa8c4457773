import { getDb } from "@/lib/db";

/** Of the given rounds of the mission: how many have units, and how many of those units merged. */
export async function countRoundProgress(missionId: string, roundNumbers: number[]) {
  const withUnits = await getDb().workUnit.groupBy({
    by: ["roundId"],
    where: { missionId, round: { roundNumber: { in: roundNumbers } } },
    _count: { _all: true },
  });
  const mergedUnits = await getDb().workUnit.count({
    where: { missionId, status: "merged", round: { roundNumber: { in: roundNumbers } } },
  });
  return { roundsWithUnits: withUnits.length, mergedUnits };
}
