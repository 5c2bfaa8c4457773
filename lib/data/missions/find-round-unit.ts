import { getDb } from "@/lib/db";

/** The round's unit with this key, or null when the round has none. */
export function findRoundUnit(roundId: string, unitKey: string) {
  return getDb().workUnit.findUnique({ where: { roundId_unitKey: { roundId, unitKey } } });
}
