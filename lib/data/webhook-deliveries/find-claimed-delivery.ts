import { getDb } from "@/lib/db";

/** The delivery that holds a claim key, with the mission it started. */
export function findClaimedDelivery(claimKey: string) {
  return getDb().webhookDelivery.findUnique({
    where: { claimKey },
    select: { id: true, missionId: true, verdict: true },
  });
}
