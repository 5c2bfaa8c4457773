import { getDb } from "@/lib/db";

/** The round's row, created on first use: deliberation attempts are stored as they happen. */
export function ensureMissionRound(missionId: string, roundNumber: number) {
  return getDb().missionRound.upsert({
    where: { missionId_roundNumber: { missionId, roundNumber } },
    create: { missionId, roundNumber },
    update: {},
  });
}
