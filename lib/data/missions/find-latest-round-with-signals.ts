import { getDb } from "@/lib/db";

/** The mission's newest round, where the last batch signals are stored, or null before any. */
export function findLatestRoundWithSignals(missionId: string) {
  return getDb().missionRound.findFirst({
    where: { missionId, signals: { not: undefined } },
    orderBy: { roundNumber: "desc" },
  });
}
