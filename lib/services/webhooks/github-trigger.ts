import type { GithubIssueRef, GithubPayload } from "@/lib/validation/webhooks";

export type GithubTrigger =
  | { start: true; objective: string; issue: GithubIssueRef | undefined }
  | { start: false; reason: string };

const MISSION_COMMAND = /^\/mission(?:\s+([\s\S]*))?$/;
// Who may start a mission with a comment: people with a say in the repository, never any
// GitHub user who can comment on a public issue.
const TRUSTED_COMMENTERS = ["OWNER", "MEMBER", "COLLABORATOR"];

/**
 * Whether a GitHub event starts a mission: the mission label put on an issue (`labeled`: only
 * people with triage rights label, and a label an issue template sets arrives as `labeled` too,
 * so `opened` never starts one), its title and body the objective; or a new comment
 * `/mission <objective>` from the repository's owner, a member or a collaborator.
 */
export function githubTrigger(event: string, payload: GithubPayload, label: string): GithubTrigger {
  const [owner, repo] = (payload.repository?.full_name ?? "").split("/");
  const issue =
    payload.issue && owner && repo ? { owner, repo, number: payload.issue.number } : undefined;
  const sameLabel = (name: string) => name.toLowerCase() === label.toLowerCase();
  if (event === "issues") {
    const labelled = payload.action === "labeled" && payload.label && sameLabel(payload.label.name);
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
    const association = payload.comment?.author_association ?? "NONE";
    if (!TRUSTED_COMMENTERS.includes(association))
      return {
        start: false,
        reason: `/mission from a commenter who is not the owner, a member or a collaborator (${association}).`,
      };
    return { start: true, objective, issue };
  }
  return { start: false, reason: `The ${event} event does not start missions.` };
}
