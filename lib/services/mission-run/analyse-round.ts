import { z } from "zod";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { analyseBatch } from "@/lib/mission/batch-analysis";
import { missionStateSummary } from "@/lib/mission/state-summary";

const filesOf = z.object({ files: z.array(z.string()) }).partial();

/** Stage 6: batch signals over every unit so far, and the fixed-size state summary for the planner. */
export async function analyseRound(missionId: string, roundNumber: number) {
  const mission = await getDb().mission.findUniqueOrThrow({ where: { id: missionId } });
  const units = await getDb().workUnit.findMany({
    where: { missionId },
    include: { round: { select: { roundNumber: true } } },
    orderBy: { position: "asc" },
  });
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
      .filter((unit) => ["failed", "conflicted", "reverted", "blocked"].includes(unit.status))
      .map((unit) => ({ title: unit.title, reason: unit.reason ?? unit.status })),
    signals,
  });
  await getDb().$transaction([
    getDb().missionRound.update({
      where: { missionId_roundNumber: { missionId, roundNumber } },
      data: {
        signals: signals as unknown as Prisma.InputJsonValue,
        status: "done",
        finishedAt: new Date(),
      },
    }),
    getDb().mission.update({ where: { id: missionId }, data: { stateSummary: summary } }),
  ]);
  return signals;
}
