import { findMissionUnit } from "@/lib/data/missions/find-mission-unit";
import { listUnitOutput, UNIT_OUTPUT_PAGE } from "@/lib/data/missions/list-unit-output";
import { FINISHED_MISSION_STATUSES } from "@/lib/validation/missions";

const UNIT_ACTIVE_STATUSES = ["pending", "running"];

/**
 * A unit's output after `afterSeq` for its live log. `finished` says no more lines will come: the
 * unit has stopped (or its mission has ended) and this answer holds the last of them.
 */
export async function readUnitOutput(missionId: string, unitId: string, afterSeq: number) {
  const unit = await findMissionUnit(missionId, unitId);
  if (!unit) return null;
  const lines = await listUnitOutput(unitId, afterSeq);
  const stopped =
    !UNIT_ACTIVE_STATUSES.includes(unit.status) ||
    FINISHED_MISSION_STATUSES.includes(unit.mission.status);
  return { status: unit.status, finished: stopped && lines.length < UNIT_OUTPUT_PAGE, lines };
}
export type UnitOutput = NonNullable<Awaited<ReturnType<typeof readUnitOutput>>>;
