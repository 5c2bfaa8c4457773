import { getDb } from "@/lib/db";

/**
 * Whether the loop must stop before round `round` (DESIGN §4.7): a person cancelled, max rounds,
 * wall time, budget, or a stall (the last two rounds planned work and merged none of it).
 */
export async function checkStop(
  missionId: string,
  round: number,
  now = new Date(),
): Promise<string | null> {
  const db = getDb();
  const mission = await db.mission.findUniqueOrThrow({ where: { id: missionId } });
  if (mission.cancelRequestedAt) return "cancelled by a person";
  if (round > mission.maxRounds) return `max rounds reached (${mission.maxRounds})`;
  const started = mission.startedAt ?? mission.createdAt;
  if (now.getTime() - started.getTime() > mission.wallTimeMinutes * 60_000)
    return `wall time reached (${mission.wallTimeMinutes} min)`;
  if (mission.budgetUsd !== null && mission.costUsd >= mission.budgetUsd)
    return `budget reached ($${mission.costUsd.toFixed(2)} of $${mission.budgetUsd.toFixed(2)})`;
  if (round > 2) {
    const recent = await db.workUnit.groupBy({
      by: ["roundId"],
      where: { missionId, round: { roundNumber: { in: [round - 1, round - 2] } } },
      _count: { _all: true },
    });
    const merged = await db.workUnit.count({
      where: {
        missionId,
        status: "merged",
        round: { roundNumber: { in: [round - 1, round - 2] } },
      },
    });
    if (recent.length === 2 && merged === 0) return "stalled: two rounds without a merged unit";
  }
  return null;
}
