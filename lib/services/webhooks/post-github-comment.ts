import { Octokit } from "@octokit/core";
import { findMission } from "@/lib/data/missions/find-mission";
import { findWebhookDelivery } from "@/lib/data/webhook-deliveries/find-webhook-delivery";
import { markDeliveryCommented } from "@/lib/data/webhook-deliveries/mark-delivery-commented";
import { readProjectWebhookSecrets } from "@/lib/services/webhooks/project-webhook-settings";
import { githubIssueRefSchema } from "@/lib/validation/webhooks";

function commentText(
  kind: "started" | "finished",
  mission: { id: string; status: string; resultSummary: string | null; objective: string },
) {
  if (kind === "started")
    return `Mission Control started mission \`${mission.id}\` for this issue.\n\n> ${mission.objective.split("\n")[0].slice(0, 200)}`;
  const summary = mission.resultSummary ? `\n\n${mission.resultSummary.slice(0, 2_000)}` : "";
  return `Mission \`${mission.id}\` ended: **${mission.status}**.${summary}`;
}

/**
 * Comments on the issue a GitHub delivery started a mission from, through Octokit with the
 * project's token and API base URL. Posted once: a retried step reads that it was posted. A
 * GitHub failure throws, so the Inngest step retries it; the mission never waits for it.
 */
export async function postGithubComment(deliveryRowId: string, kind: "started" | "finished") {
  const delivery = await findWebhookDelivery(deliveryRowId);
  if (!delivery?.missionId || !delivery.projectId) return { posted: false, why: "no mission" };
  if ((kind === "started" ? delivery.startCommentAt : delivery.endCommentAt) !== null)
    return { posted: false, why: "already posted" };
  const issue = githubIssueRefSchema.safeParse(delivery.issue);
  if (!issue.success) return { posted: false, why: "no issue" };
  const settings = await readProjectWebhookSecrets(delivery.projectId);
  if (!settings?.githubToken || !settings.githubApiUrl)
    return { posted: false, why: "no GitHub token or API URL" };
  const mission = await findMission(delivery.missionId);
  const octokit = new Octokit({ auth: settings.githubToken, baseUrl: settings.githubApiUrl });
  const response = await octokit.request(
    "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
    {
      owner: issue.data.owner,
      repo: issue.data.repo,
      issue_number: issue.data.number,
      body: commentText(kind, mission),
    },
  );
  await markDeliveryCommented(delivery.id, kind);
  return { posted: true, url: (response.data as { html_url?: string }).html_url ?? null };
}
