import { countMissionUnits } from "@/lib/data/missions/count-mission-units";
import { ensureMissionRound } from "@/lib/data/missions/ensure-mission-round";
import { findMission } from "@/lib/data/missions/find-mission";
import { listRoundUnits } from "@/lib/data/missions/list-round-units";
import { recordRoundPlan } from "@/lib/data/missions/record-round-plan";
import type { PlannedUnit } from "@/lib/mission/markers";
import { orderUnits, workersForLayer } from "@/lib/mission/overlap";

export type DispatchLayer = { unitIds: string[]; workers: number };

/**
 * Stage 3: the agreed plan becomes work units, ordered into layers by dependencies and file
 * overlap. Recording a round twice returns the units of the first time.
 */
export async function recordPlan(missionId: string, roundNumber: number, units: PlannedUnit[]) {
  const round = await ensureMissionRound(missionId, roundNumber);
  const mission = await findMission(missionId);
  const { layers, dependencies } = orderUnits(units);
  const existing = await listRoundUnits(round.id);
  if (!existing.length) {
    const before = await countMissionUnits(missionId);
    const layerOf = new Map(
      layers.flatMap((keys, layer) => keys.map((key) => [key, layer] as const)),
    );
    await recordRoundPlan(
      round.id,
      units,
      units.map((unit, index) => ({
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
    );
  }
  const rows = await listRoundUnits(round.id);
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
