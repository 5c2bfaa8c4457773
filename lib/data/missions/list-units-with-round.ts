import { getDb } from "@/lib/db";

/** Every unit of the mission so far, in plan order, with its round's number. */
export function listUnitsWithRound(missionId: string) {
  return getDb().workUnit.findMany({
    where: { missionId },
    include: { round: { select: { roundNumber: true } } },
    orderBy: { position: "asc" },
  });
}
