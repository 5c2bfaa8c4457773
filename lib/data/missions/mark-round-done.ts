import { getDb } from "@/lib/db";

export async function markRoundDone(roundId: string) {
  await getDb().missionRound.update({
    where: { id: roundId },
    data: { status: "done", finishedAt: new Date() },
  });
}
