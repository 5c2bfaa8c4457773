import { ensureMissionRound } from "@/lib/data/missions/ensure-mission-round";
import { findMissionContext } from "@/lib/data/missions/find-mission-context";
import { markRoundDone } from "@/lib/data/missions/mark-round-done";
import type { BatchSignals } from "@/lib/mission/batch-analysis";
import { deliberationEntries } from "@/lib/mission/deliberation";
import { type PlannedUnit, parsePlan } from "@/lib/mission/markers";
import { plannerPrompt } from "@/lib/mission/prompts";
import { askMissionAgent } from "@/lib/services/mission-run/ask-mission-agent";
import { updateDeliberation } from "@/lib/services/mission-run/deliberation-record";
import { planningContext } from "@/lib/services/mission-run/planning-context";

const OUTPUT_KEPT = 4_000;
export type PlannerOutcome = { ok: true; units: PlannedUnit[] } | { ok: false; reason: string };

/**
 * One planner call of a round's deliberation, run in the project's green worktree (never in
 * Mission Control's own tree). A call that already has a stored outcome is not made again.
 */
export async function runPlanner(
  missionId: string,
  roundNumber: number,
  attempt: number,
): Promise<PlannerOutcome> {
  const round = await ensureMissionRound(missionId, roundNumber);
  const stored = deliberationEntries(round.deliberation).find((entry) => entry.attempt === attempt);
  if (stored?.proposal) return { ok: true, units: stored.proposal.units as PlannedUnit[] };
  if (stored?.proposalError) return { ok: false, reason: stored.proposalError };

  const mission = await findMissionContext(missionId);
  if (!mission) throw new Error(`Mission ${missionId} does not exist.`);
  const context = await planningContext(missionId);
  const previous = deliberationEntries(round.deliberation).find(
    (entry) => entry.attempt === attempt - 1,
  );
  const prompt = plannerPrompt({
    objective: mission.objective,
    stateSummary: mission.stateSummary,
    recentFailures: context.recentFailures,
    signals: context.signals as BatchSignals | null,
    knowledge: context.knowledge,
    procedures: context.procedures,
    feedback: previous?.verdict?.feedback,
    round: roundNumber,
    attempt,
    previousPlan: previous?.proposal?.units as PlannedUnit[] | undefined,
  });
  const { parsed, text } = await askMissionAgent(mission, "planner", prompt, parsePlan);
  if (parsed.ok && !parsed.units.length) await markRoundDone(round.id);
  await updateDeliberation(
    round.id,
    attempt,
    parsed.ok
      ? { proposal: { units: parsed.units } }
      : { proposalError: parsed.reason, proposalOutput: text.slice(-OUTPUT_KEPT) },
  );
  return parsed.ok ? { ok: true, units: parsed.units } : { ok: false, reason: parsed.reason };
}
