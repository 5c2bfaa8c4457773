import { getDb } from "@/lib/db";

/** The stored deliberation of each of the mission's rounds, newest round first. */
export async function listRoundDeliberations(missionId: string) {
  const rounds = await getDb().missionRound.findMany({
    where: { missionId },
    orderBy: { roundNumber: "desc" },
    select: { deliberation: true },
  });
  return rounds.map((round) => round.deliberation);
}
