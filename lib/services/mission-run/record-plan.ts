import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlannedUnit } from "@/lib/mission/markers";
import { orderUnits, workersForLayer } from "@/lib/mission/overlap";
import { ensureRound } from "@/lib/services/mission-run/deliberation-record";

export type DispatchLayer = { unitIds: string[]; workers: number };

/**
 * Stage 3: the agreed plan becomes work units, ordered into layers by dependencies and file
 * overlap. Recording a round twice returns the units of the first time.
 */
export async function recordPlan(missionId: string, roundNumber: number, units: PlannedUnit[]) {
  const round = await ensureRound(missionId, roundNumber);
  const mission = await getDb().mission.findUniqueOrThrow({ where: { id: missionId } });
  const { layers, dependencies } = orderUnits(units);
  const existing = await getDb().workUnit.findMany({ where: { roundId: round.id } });
  if (!existing.length) {
    const before = await getDb().workUnit.count({ where: { missionId } });
    const layerOf = new Map(
      layers.flatMap((keys, layer) => keys.map((key) => [key, layer] as const)),
    );
    await getDb().$transaction([
      getDb().workUnit.createMany({
        data: units.map((unit, index) => ({
          missionId,
          roundId: round.id,
          position: before + index,
          unitKey: unit.key,
          title: unit.title,
          description: unit.description ?? "",
          filesHint: unit.files_hint ?? [],
          dependsOn: dependencies[unit.key] ?? [],
          acceptance: unit.acceptance ?? null,
          layer: layerOf.get(unit.key) ?? 0,
        })),
      }),
      getDb().missionRound.update({
        where: { id: round.id },
        data: { status: "executing", plan: units as unknown as Prisma.InputJsonValue },
      }),
    ]);
  }
  const rows = await getDb().workUnit.findMany({ where: { roundId: round.id } });
  const idOf = new Map(rows.map((row) => [row.unitKey, row.id]));
  return layers.map(
    (keys): DispatchLayer => ({
      unitIds: keys.map((key) => idOf.get(key) as string),
      workers: workersForLayer(
        units.filter((unit) => keys.includes(unit.key)),
        units,
        mission.workers,
      ),
    }),
  );
}
