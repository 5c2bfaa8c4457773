import { timingSafeEqual } from "node:crypto";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { findProjectByNameOrId } from "@/lib/data/projects/find-project-by-name-or-id";
import { insertWebhookDelivery } from "@/lib/data/webhook-deliveries/insert-webhook-delivery";
import { readProjectWebhookSecrets } from "@/lib/services/webhooks/project-webhook-settings";
import { startWebhookMission } from "@/lib/services/webhooks/start-webhook-mission";
import type {
  WebhookRequest,
  WebhookResult,
  WebhookVerdict,
} from "@/lib/services/webhooks/webhook-result";
import {
  REJECTED_BODY_LIMIT,
  standardMissionWebhookSchema,
  WEBHOOK_BODY_LIMIT,
} from "@/lib/validation/webhooks";

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The headers a Standard Webhooks message is handled and replayed with. */
export const STANDARD_HEADERS = [
  "webhook-id",
  "webhook-timestamp",
  "webhook-signature",
  "user-agent",
  "content-type",
] as const;

/**
 * Whether the message is signed with the secret. A received message must also be within the
 * package's five-minute window; a replay from the log is checked by signature alone.
 */
function verifyMessage(
  secret: string,
  body: string,
  headers: Record<string, string>,
  replay: boolean,
): string | null {
  const webhook = new Webhook(secret);
  try {
    if (!replay) {
      webhook.verify(body, headers);
      return null;
    }
    const timestamp = new Date(Number(headers["webhook-timestamp"]) * 1000);
    const expected = webhook.sign(headers["webhook-id"], timestamp, body).split(" ");
    const sent = headers["webhook-signature"].split(" ");
    return sent.some((signature) => expected.some((mine) => sameText(mine, signature)))
      ? null
      : "The signature does not match the project's signing secret.";
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    return /timestamp/i.test(error.message)
      ? "The webhook-timestamp is outside the five-minute window (a stale or replayed message)."
      : "The signature does not match the project's signing secret.";
  }
}

/**
 * `POST /api/webhooks/missions`: a mission started by a Standard Webhooks message (webhook-id,
 * webhook-timestamp, webhook-signature) signed with the project's secret; one per webhook-id.
 */
export async function receiveStandardWebhook(
  request: WebhookRequest,
  replayOfId: string | null = null,
): Promise<WebhookResult> {
  const { headers, body } = request;
  const deliveryId = headers["webhook-id"] ?? null;
  const log = async (
    status: number,
    verdict: WebhookVerdict,
    reason: string,
    projectId: string | null = null,
    extra: Record<string, unknown> = {},
  ): Promise<WebhookResult> => {
    await insertWebhookDelivery({
      source: "standard",
      deliveryId,
      event: "mission",
      projectId,
      verdict,
      reason,
      body: body !== null && Buffer.byteLength(body) <= REJECTED_BODY_LIMIT ? body : null,
      headers,
      replayOfId,
    });
    return { status, body: { verdict, reason, error: reason, ...extra } };
  };
  if (body === null)
    return log(413, "rejected", `The body is larger than ${WEBHOOK_BODY_LIMIT} bytes.`);
  if (!deliveryId || !headers["webhook-timestamp"] || !headers["webhook-signature"])
    return log(
      400,
      "rejected",
      "webhook-id, webhook-timestamp and webhook-signature are required.",
    );
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return log(400, "rejected", "The body is not valid JSON.");
  }
  const named = (json as { project?: unknown } | null)?.project;
  if (typeof named !== "string" || !named.trim())
    return log(400, "rejected", "The body names no project (its name or id).");
  const project = await findProjectByNameOrId(named.trim());
  if (!project) return log(404, "rejected", `No project is named ${named.trim().slice(0, 200)}.`);
  const secret = (await readProjectWebhookSecrets(project.id))?.standardSecret;
  if (!secret)
    return log(
      401,
      "rejected",
      "The project has no signing secret yet: open its page to make one.",
      project.id,
    );
  const problem = verifyMessage(secret, body, headers, replayOfId !== null);
  if (problem) return log(401, "rejected", problem, project.id);
  const parsed = standardMissionWebhookSchema.safeParse(json);
  if (!parsed.success)
    return log(422, "rejected", "The body does not fit the mission webhook's fields.", project.id, {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    });
  const { project: _project, objective, ...overrides } = parsed.data;
  return startWebhookMission({
    source: "standard",
    deliveryId,
    event: "mission",
    projectId: project.id,
    headers,
    body,
    replayOfId,
    objective,
    overrides,
  });
}
