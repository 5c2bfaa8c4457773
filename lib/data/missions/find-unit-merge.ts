import { getDb } from "@/lib/db";

/** The unit's merge record with the unit, or null when it was never merged. */
export function findUnitMerge(unitId: string) {
  return getDb().merge.findUnique({ where: { unitId }, include: { unit: true } });
}
