import type { InputJsonValue } from "@/lib/data/json";
import type { NewWorkUnit } from "@/lib/data/missions/insert-work-unit";
import { getDb } from "@/lib/db";
import type { PlannedUnit } from "@/lib/mission/markers";

/** Stores the round's agreed plan and its work units together, and starts executing the round. */
export async function recordRoundPlan(roundId: string, plan: PlannedUnit[], units: NewWorkUnit[]) {
  await getDb().$transaction([
    getDb().workUnit.createMany({ data: units }),
    getDb().missionRound.update({
      where: { id: roundId },
      data: { status: "executing", plan: plan as unknown as InputJsonValue },
    }),
  ]);
}
