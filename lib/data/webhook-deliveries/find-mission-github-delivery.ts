import type { Transaction } from "@/lib/data/transaction";

/** The GitHub delivery that started a mission, with the issue it names, when there is one. */
export function findMissionGithubDelivery(tx: Transaction, missionId: string) {
  return tx.webhookDelivery.findFirst({
    where: { missionId, source: "github", verdict: "started" },
    select: { id: true, issue: true },
  });
}
