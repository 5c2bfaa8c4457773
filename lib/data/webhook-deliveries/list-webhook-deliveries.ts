import { getDb } from "@/lib/db";

/**
 * The latest deliveries of a project (or, given null, those that matched no project), newest
 * first; `replayable` when the body was kept.
 */
export async function listWebhookDeliveries(projectId: string | null, take = 20) {
  const db = getDb();
  const rows = await db.webhookDelivery.findMany({
    where: { projectId },
    orderBy: { receivedAt: "desc" },
    take,
    select: {
      id: true,
      source: true,
      deliveryId: true,
      event: true,
      verdict: true,
      reason: true,
      missionId: true,
      replayOfId: true,
      receivedAt: true,
    },
  });
  const kept = await db.webhookDelivery.findMany({
    where: { id: { in: rows.map((row) => row.id) }, body: { not: null } },
    select: { id: true },
  });
  const replayable = new Set(kept.map((row) => row.id));
  return rows.map((row) => ({ ...row, replayable: replayable.has(row.id) }));
}
