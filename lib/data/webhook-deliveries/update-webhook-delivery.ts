import type { Transaction } from "@/lib/data/transaction";

/** The verdict of a delivery that claimed its id: started (with the mission) or an error (claim freed). */
export function updateWebhookDelivery(
  tx: Transaction,
  id: string,
  change: { verdict: string; reason: string; missionId?: string | null; claimKey?: null },
) {
  return tx.webhookDelivery.update({ where: { id }, data: change, select: { id: true } });
}
