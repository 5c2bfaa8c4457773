import { handleWebhookRequest } from "@/lib/services/webhooks/handle-webhook-request";

export const dynamic = "force-dynamic";

/** GitHub webhooks: the X-Hub-Signature-256 signature is the authentication. */
export function POST(request: Request) {
  return handleWebhookRequest("github", request);
}
