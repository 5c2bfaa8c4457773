import type { InputJsonValue } from "@/lib/data/json";
import { getDb } from "@/lib/db";
import type { BatchSignals } from "@/lib/mission/batch-analysis";

/** Ends the round with its batch signals and stores the mission's new state summary, together. */
export async function recordRoundAnalysis(
  missionId: string,
  roundNumber: number,
  signals: BatchSignals,
  stateSummary: string,
) {
  await getDb().$transaction([
    getDb().missionRound.update({
      where: { missionId_roundNumber: { missionId, roundNumber } },
      data: {
        signals: signals as unknown as InputJsonValue,
        status: "done",
        finishedAt: new Date(),
      },
    }),
    getDb().mission.update({ where: { id: missionId }, data: { stateSummary } }),
  ]);
}
