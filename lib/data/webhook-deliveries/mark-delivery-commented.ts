import { getDb } from "@/lib/db";

/** Records that the start or end comment was posted, so a retried step posts it once. */
export function markDeliveryCommented(id: string, kind: "started" | "finished") {
  return getDb().webhookDelivery.update({
    where: { id },
    data: kind === "started" ? { startCommentAt: new Date() } : { endCommentAt: new Date() },
    select: { id: true },
  });
}
