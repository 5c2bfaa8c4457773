import { getDb } from "@/lib/db";
import type { UnitEnd } from "@/lib/mission/unit-outcome";

export async function updateUnitStatus(unitId: string, { status, reason }: UnitEnd) {
  await getDb().workUnit.update({ where: { id: unitId }, data: { status, reason } });
}
