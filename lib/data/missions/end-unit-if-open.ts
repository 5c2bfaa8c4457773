import type { InputJsonObject } from "@/lib/data/json";
import { getDb } from "@/lib/db";
import type { UnitEnd } from "@/lib/mission/unit-outcome";

export type UnitEnding = UnitEnd & {
  costUsd?: number | null;
  headCommit?: string;
  result?: InputJsonObject;
};

/** Ends the unit unless something else (the mission's end) already did. */
export async function endUnitIfOpen(unitId: string, ending: UnitEnding) {
  await getDb().workUnit.updateMany({
    where: { id: unitId, status: { in: ["pending", "running"] } },
    data: { ...ending, finishedAt: new Date() },
  });
}
