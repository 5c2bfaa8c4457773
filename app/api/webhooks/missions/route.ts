import { handleWebhookRequest } from "@/lib/services/webhooks/handle-webhook-request";

export const dynamic = "force-dynamic";

/** Missions started by a Standard Webhooks message signed with the project's secret. */
export function POST(request: Request) {
  return handleWebhookRequest("standard", request);
}
