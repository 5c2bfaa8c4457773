import { getDb } from "@/lib/db";

export function listRoundUnits(roundId: string) {
  return getDb().workUnit.findMany({ where: { roundId } });
}
