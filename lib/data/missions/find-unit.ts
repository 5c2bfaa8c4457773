import { getDb } from "@/lib/db";

/** The unit's row; throws when there is no such unit. */
export function findUnit(unitId: string) {
  return getDb().workUnit.findUniqueOrThrow({ where: { id: unitId } });
}
export type WorkUnit = Awaited<ReturnType<typeof findUnit>>;
