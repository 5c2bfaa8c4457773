import { findMissionContext } from "@/lib/data/mission-loop/find-mission-context";
import { type CriticResult, type PlannedUnit, parseCriticResult } from "@/lib/mission/markers";
import { criticPrompt } from "@/lib/mission/prompts";
import { addMissionCost } from "@/lib/services/mission-loop/add-mission-cost";
import {
  deliberationEntries,
  ensureRound,
  updateDeliberation,
} from "@/lib/services/mission-loop/deliberation-record";
import { missionAgentProfile } from "@/lib/services/mission-loop/mission-agent-profile";
import { missionWorkspace } from "@/lib/services/mission-loop/mission-workspace";
import { agentFailureReason, runMissionAgent } from "@/lib/services/mission-loop/run-mission-agent";

/**
 * The critic's verdict on a proposal. The critic is supplementary: when it fails or prints no
 * valid verdict, the proposal goes ahead and the error is kept for the timeline.
 */
export async function runCritic(
  missionId: string,
  roundNumber: number,
  attempt: number,
): Promise<CriticResult> {
  const round = await ensureRound(missionId, roundNumber);
  const entry = deliberationEntries(round.deliberation).find((item) => item.attempt === attempt);
  if (entry?.verdict) return entry.verdict as CriticResult;
  const accepted: CriticResult = {
    verdict: "sufficient",
    feedback: entry?.verdictError ?? "",
    next_objective: undefined,
  };
  if (entry?.verdictError) return accepted;

  const mission = await findMissionContext(missionId);
  if (!mission) throw new Error(`Mission ${missionId} does not exist.`);
  const prompt = criticPrompt({
    objective: mission.objective,
    proposal: (entry?.proposal?.units ?? []) as PlannedUnit[],
    round: roundNumber,
    attempt,
  });
  const profile = await missionAgentProfile(mission.agentProfileId);
  const agent = await runMissionAgent({
    profile,
    prompt,
    cwd: missionWorkspace(mission).greenWorktree,
  });
  await addMissionCost(missionId, agent.result?.costUsd);
  const failure = agentFailureReason(agent, profile.timeoutSeconds * 1_000);
  const parsed = failure
    ? { ok: false as const, reason: `critic: ${failure}` }
    : parseCriticResult(agent.text);
  if (!parsed.ok) {
    await updateDeliberation(round.id, attempt, { verdictError: parsed.reason });
    return { verdict: "sufficient", feedback: parsed.reason, next_objective: undefined };
  }
  await updateDeliberation(round.id, attempt, { verdict: parsed.result });
  return parsed.result;
}
