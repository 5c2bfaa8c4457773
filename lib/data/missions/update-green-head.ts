import type { Transaction } from "@/lib/data/transaction";

/** Records the commit green's branch points at after a merge. */
export async function updateGreenHead(
  tx: Transaction,
  missionId: string,
  commit: string | undefined,
) {
  await tx.mission.update({ where: { id: missionId }, data: { greenHead: commit } });
}
