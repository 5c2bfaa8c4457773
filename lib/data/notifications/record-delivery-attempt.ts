import { getDb } from "@/lib/db";

/** One more try, and how it went: delivered, or the error and whether more tries will come. */
export async function recordDeliveryAttempt(
  id: string,
  outcome: { delivered: true } | { delivered: false; error: string; final: boolean },
) {
  const now = new Date();
  await getDb().notificationDelivery.update({
    where: { id },
    data: outcome.delivered
      ? { status: "delivered", attempts: { increment: 1 }, deliveredAt: now, updatedAt: now }
      : {
          status: outcome.final ? "failed" : "retrying",
          attempts: { increment: 1 },
          lastError: outcome.error.slice(0, 2_000),
          updatedAt: now,
        },
  });
}
