import type { InputJsonValue } from "@/lib/data/json";
import { getDb } from "@/lib/db";

export type NewWebhookDelivery = {
  source: "github" | "standard";
  deliveryId: string | null;
  event: string | null;
  projectId: string | null;
  verdict: string;
  reason: string;
  claimKey?: string | null;
  body: string | null;
  headers: Record<string, string>;
  issue?: InputJsonValue;
  replayOfId?: string | null;
};

/** One received request. With a claim key it fails (P2002) when that delivery already claimed one. */
export function insertWebhookDelivery(delivery: NewWebhookDelivery) {
  return getDb().webhookDelivery.create({ data: delivery, select: { id: true } });
}
