import { verify } from "@octokit/webhooks-methods";
import type { z } from "zod";
import { listProjectsForRepository } from "@/lib/data/projects/list-projects-for-repository";
import { findSetting } from "@/lib/data/settings/find-setting";
import { insertWebhookDelivery } from "@/lib/data/webhook-deliveries/insert-webhook-delivery";
import { getEnv } from "@/lib/env";
import { githubTrigger } from "@/lib/services/webhooks/github-trigger";
import { readProjectWebhookSecrets } from "@/lib/services/webhooks/project-webhook-settings";
import { startWebhookMission } from "@/lib/services/webhooks/start-webhook-mission";
import type {
  WebhookRequest,
  WebhookResult,
  WebhookVerdict,
} from "@/lib/services/webhooks/webhook-result";
import {
  DEFAULT_MISSION_LABEL,
  githubPayloadSchema,
  globalMissionLabelSchema,
  REJECTED_BODY_LIMIT,
  WEBHOOK_BODY_LIMIT,
} from "@/lib/validation/webhooks";

/** The headers a GitHub delivery is handled and replayed with. */
export const GITHUB_HEADERS = [
  "x-github-event",
  "x-github-delivery",
  "x-hub-signature-256",
  "x-github-hook-id",
  "user-agent",
  "content-type",
] as const;

/** An app setting an admin may add (raw JSON in Settings), when it is there and fits. */
async function globalSetting<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const parsed = schema.safeParse((await findSetting(key))?.value);
  return parsed.success ? parsed.data : undefined;
}

async function signedWith(secret: string | null | undefined, body: string, signature: string) {
  if (!secret) return false;
  return verify(secret, body, signature).catch(() => false);
}

/** The project whose secret (or the global one) signed the body; undefined when none did. */
async function verifiedProject(candidates: string[], body: string, signature: string) {
  for (const projectId of candidates) {
    const settings = await readProjectWebhookSecrets(projectId);
    if (await signedWith(settings?.githubSecret, body, signature)) return { projectId, settings };
  }
  // From the environment, never app_settings: every signed-in user can read those.
  if (await signedWith(getEnv().MC_GITHUB_WEBHOOK_SECRET, body, signature)) {
    const projectId = candidates[0] ?? null;
    return { projectId, settings: projectId ? await readProjectWebhookSecrets(projectId) : null };
  }
  return undefined;
}

/**
 * `POST /api/webhooks/github`: the signature (X-Hub-Signature-256) is the authentication. Every
 * request is logged with its verdict; an issue labelled with the mission label, or a
 * `/mission <objective>` comment, starts one mission per delivery id on the matching project.
 */
export async function receiveGithubWebhook(
  request: WebhookRequest,
  replayOfId: string | null = null,
): Promise<WebhookResult> {
  const { headers, body } = request;
  const deliveryId = headers["x-github-delivery"] ?? null;
  const event = headers["x-github-event"] ?? null;
  let eventName = event;
  const log = async (
    status: number,
    verdict: WebhookVerdict,
    reason: string,
    projectId: string | null = null,
  ): Promise<WebhookResult> => {
    const limit = verdict === "rejected" ? REJECTED_BODY_LIMIT : WEBHOOK_BODY_LIMIT;
    await insertWebhookDelivery({
      source: "github",
      deliveryId,
      event: eventName,
      projectId,
      verdict,
      reason,
      body: body !== null && Buffer.byteLength(body) <= limit ? body : null,
      headers,
      replayOfId,
    });
    return {
      status,
      body: { verdict, reason, ...(status >= 400 ? { error: reason } : {}) },
    };
  };
  if (body === null)
    return log(413, "rejected", `The body is larger than ${WEBHOOK_BODY_LIMIT} bytes.`);
  if (!event || !deliveryId)
    return log(400, "rejected", "X-GitHub-Event and X-GitHub-Delivery are required.");
  const signature = headers["x-hub-signature-256"];
  if (!signature) return log(401, "rejected", "X-Hub-Signature-256 is missing.");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return log(400, "rejected", "The body is not valid JSON.");
  }
  const payload = githubPayloadSchema.safeParse(json);
  if (!payload.success) return log(400, "rejected", "The body is not a GitHub webhook payload.");
  if (payload.data.action) eventName = `${event}.${payload.data.action}`;
  const repository = payload.data.repository;
  const candidates = repository
    ? await listProjectsForRepository(
        repository.full_name,
        [repository.clone_url, repository.html_url, repository.ssh_url, repository.git_url]
          .filter((url): url is string => Boolean(url))
          .flatMap((url) => (url.endsWith(".git") ? [url, url.slice(0, -4)] : [url, `${url}.git`])),
      )
    : [];
  const verified = await verifiedProject(candidates, body, signature);
  if (!verified) {
    if (repository && candidates.length === 0)
      return log(
        404,
        "rejected",
        `No registered project has the repository ${repository.full_name}.`,
      );
    // Logged on the project the repository names, so its operators see the refused attempt.
    return log(
      401,
      "rejected",
      "The signature does not match the project's webhook secret.",
      candidates[0] ?? null,
    );
  }
  const { projectId, settings } = verified;
  if (event === "ping")
    return log(200, "ignored", "ping: the webhook is set up.", projectId).then((result) => ({
      ...result,
      body: { ...result.body, pong: true, zen: payload.data.zen ?? null },
    }));
  if (!projectId)
    return log(
      404,
      "rejected",
      repository
        ? `No registered project has the repository ${repository.full_name}.`
        : "The payload names no repository.",
    );
  const label =
    settings?.missionLabel ??
    (await globalSetting("webhooks.mission_label", globalMissionLabelSchema)) ??
    DEFAULT_MISSION_LABEL;
  const trigger = githubTrigger(event, payload.data, label);
  if (!trigger.start) return log(200, "ignored", trigger.reason, projectId);
  return startWebhookMission({
    source: "github",
    deliveryId,
    event: eventName,
    projectId,
    headers,
    body,
    replayOfId,
    objective: trigger.objective,
    issue: trigger.issue,
    commentBack: Boolean(settings?.githubToken && settings.githubApiUrl),
  });
}
