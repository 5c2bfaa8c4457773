import { getDb } from "@/lib/db";

/** The latest deliveries of a project, newest first, without their bodies. */
export function listWebhookDeliveries(projectId: string, take = 20) {
  return getDb().webhookDelivery.findMany({
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
      body: true,
    },
  });
}
