import type { Transaction } from "@/lib/data/transaction";

/** The mission runs from `startCommit`, which green's branch points at so far. */
export async function markMissionStarted(tx: Transaction, missionId: string, startCommit: string) {
  await tx.mission.update({
    where: { id: missionId },
    data: {
      status: "running",
      startedAt: new Date(),
      startCommit,
      greenHead: startCommit,
    },
  });
}
