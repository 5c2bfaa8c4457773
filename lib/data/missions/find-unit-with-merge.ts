import { getDb } from "@/lib/db";

/** The unit with its merge record, null when it has none; throws when there is no such unit. */
export function findUnitWithMerge(unitId: string) {
  return getDb().workUnit.findUniqueOrThrow({ where: { id: unitId }, include: { merge: true } });
}
