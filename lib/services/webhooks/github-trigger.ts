import type { GithubIssueRef, GithubPayload } from "@/lib/validation/webhooks";

export type GithubTrigger =
  | { start: true; objective: string; issue: GithubIssueRef | undefined }
  | { start: false; reason: string };

const MISSION_COMMAND = /^\/mission(?:\s+([\s\S]*))?$/;

/**
 * Whether a GitHub event starts a mission: an issue labelled (or opened with) the mission label,
 * its title and body the objective; or a new comment `/mission <objective>`.
 */
export function githubTrigger(event: string, payload: GithubPayload, label: string): GithubTrigger {
  const [owner, repo] = (payload.repository?.full_name ?? "").split("/");
  const issue =
    payload.issue && owner && repo ? { owner, repo, number: payload.issue.number } : undefined;
  const sameLabel = (name: string) => name.toLowerCase() === label.toLowerCase();
  if (event === "issues") {
    const labelled =
      (payload.action === "labeled" && payload.label && sameLabel(payload.label.name)) ||
      (payload.action === "opened" && (payload.issue?.labels ?? []).some((l) => sameLabel(l.name)));
    if (!labelled || !payload.issue)
      return {
        start: false,
        reason: `issues/${payload.action ?? "?"} without the label “${label}”: nothing to start.`,
      };
    const objective = [payload.issue.title, payload.issue.body ?? ""].join("\n\n").trim();
    return { start: true, objective, issue };
  }
  if (event === "issue_comment") {
    const body = (payload.comment?.body ?? "").trim();
    const command = payload.action === "created" ? MISSION_COMMAND.exec(body) : null;
    if (!command)
      return {
        start: false,
        reason: `issue_comment/${payload.action ?? "?"} is not a /mission command: nothing to start.`,
      };
    const objective = (command[1] ?? "").trim();
    if (!objective) return { start: false, reason: "/mission without an objective." };
    return { start: true, objective, issue };
  }
  return { start: false, reason: `The ${event} event does not start missions.` };
}
