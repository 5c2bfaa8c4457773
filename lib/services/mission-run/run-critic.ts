import { ensureMissionRound } from "@/lib/data/missions/ensure-mission-round";
import { findMissionContext } from "@/lib/data/missions/find-mission-context";
import { deliberationEntries } from "@/lib/mission/deliberation";
import { type CriticResult, type PlannedUnit, parseCriticResult } from "@/lib/mission/markers";
import { criticPrompt } from "@/lib/mission/prompts";
import { askMissionAgent } from "@/lib/services/mission-run/ask-mission-agent";
import { updateDeliberation } from "@/lib/services/mission-run/deliberation-record";

/**
 * The critic's verdict on a proposal. The critic is supplementary: when it fails or prints no
 * valid verdict, the proposal goes ahead and the error is kept for the timeline.
 */
export async function runCritic(
  missionId: string,
  roundNumber: number,
  attempt: number,
): Promise<CriticResult> {
  const round = await ensureMissionRound(missionId, roundNumber);
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
  const { parsed } = await askMissionAgent(mission, "critic", prompt, parseCriticResult);
  if (!parsed.ok) {
    await updateDeliberation(round.id, attempt, { verdictError: parsed.reason });
    return { verdict: "sufficient", feedback: parsed.reason, next_objective: undefined };
  }
  await updateDeliberation(round.id, attempt, { verdict: parsed.result });
  return parsed.result;
}
