import { readLimitedBody } from "@/lib/services/webhooks/read-limited-body";
import {
  GITHUB_HEADERS,
  receiveGithubWebhook,
} from "@/lib/services/webhooks/receive-github-webhook";
import {
  receiveStandardWebhook,
  STANDARD_HEADERS,
} from "@/lib/services/webhooks/receive-standard-webhook";
import { pickHeaders } from "@/lib/services/webhooks/webhook-result";
import { WEBHOOK_BODY_LIMIT } from "@/lib/validation/webhooks";

/**
 * A webhook route's whole body: the raw body read up to the limit (before any parsing), the
 * headers it needs, the handler's verdict as JSON. Unexpected errors are a 500 without a stack.
 */
export async function handleWebhookRequest(source: "github" | "standard", request: Request) {
  try {
    const body = await readLimitedBody(request, WEBHOOK_BODY_LIMIT);
    const result =
      source === "github"
        ? await receiveGithubWebhook({
            headers: pickHeaders(request.headers, GITHUB_HEADERS),
            body,
          })
        : await receiveStandardWebhook({
            headers: pickHeaders(request.headers, STANDARD_HEADERS),
            body,
          });
    return Response.json(result.body, {
      status: result.status,
      headers: { "cache-control": "no-store" },
    });
  } catch (error) {
    console.error(error);
    return Response.json({ verdict: "error", error: "Internal error." }, { status: 500 });
  }
}
