import { z } from "zod";
import { findMission } from "@/lib/data/missions/find-mission";
import { listUnitsWithRound } from "@/lib/data/missions/list-units-with-round";
import { recordRoundAnalysis } from "@/lib/data/missions/record-round-analysis";
import { analyseBatch, FAILURE_STATUSES } from "@/lib/mission/batch-analysis";
import { missionStateSummary } from "@/lib/mission/state-summary";

const filesOf = z.object({ files: z.array(z.string()) }).partial();

/** Stage 6: batch signals over every unit so far, and the fixed-size state summary for the planner. */
export async function analyseRound(missionId: string, roundNumber: number) {
  const mission = await findMission(missionId);
  const units = await listUnitsWithRound(missionId);
  const signals = analyseBatch(
    units.map((unit) => ({
      key: unit.unitKey,
      status: unit.status,
      files: filesOf.safeParse(unit.result).data?.files ?? unit.filesHint,
      reason: unit.reason,
      round: unit.round.roundNumber,
    })),
  );
  const summary = missionStateSummary({
    objective: mission.objective,
    round: roundNumber,
    merged: units.filter((unit) => unit.status === "merged").map((unit) => unit.title),
    failed: units
      .filter((unit) => FAILURE_STATUSES.includes(unit.status))
      .map((unit) => ({ title: unit.title, reason: unit.reason ?? unit.status })),
    signals,
  });
  await recordRoundAnalysis(missionId, roundNumber, signals, summary);
  return signals;
}
