import { agentFailureReason, runAgent } from "@/lib/agents/run-agent";
import type { MissionContext } from "@/lib/data/missions/find-mission-context";
import { git } from "@/lib/git/git";
import { cleanWorktreeHead, headCommit } from "@/lib/git/git-state";
import { recordAgentRun } from "@/lib/services/agent-usage/record-agent-run";
import { readAgentApiKey } from "@/lib/services/agents/read-agent-api-key";
import { missionAgentProfile } from "@/lib/services/mission-run/mission-agent-profile";
import { missionWorkspace } from "@/lib/services/mission-run/mission-workspace";

type Failure = { ok: false; reason: string };

/**
 * One planner, critic or reviewer call in the project's green worktree, which is put back as it
 * was afterwards: what the agent used is recorded against the mission, and its answer parsed, or
 * the reason it gave none.
 */
export async function askMissionAgent<Parsed extends { ok: true } | Failure>(
  mission: MissionContext,
  role: "planner" | "critic" | "reviewer",
  prompt: string,
  parse: (text: string) => Parsed,
): Promise<{ parsed: Parsed | Failure; text: string }> {
  const profile = await missionAgentProfile(mission.agentProfileId);
  const green = missionWorkspace(mission).greenWorktree;
  const head = await headCommit(green);
  const key = await readAgentApiKey(profile.id);
  if (!key.ok) return { parsed: { ok: false, reason: `${role}: ${key.reason}` }, text: "" };
  const agent = await runAgent({ profile, prompt, cwd: green, apiKey: key.apiKey });
  // These roles read; whatever they changed or committed on green is put back.
  if ((await cleanWorktreeHead(green)) !== head)
    await git(green, ["reset", "--hard", "--quiet", head]);
  await recordAgentRun(
    { projectId: mission.projectId, missionId: mission.id, role },
    profile,
    agent,
  );
  const failure = agentFailureReason(agent, profile.timeoutSeconds * 1_000);
  return {
    parsed: failure ? { ok: false, reason: `${role}: ${failure}` } : parse(agent.text),
    text: agent.text,
  };
}
