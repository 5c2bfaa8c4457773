import { listRelevantKnowledge } from "@/lib/data/launches/list-relevant-knowledge";
import { findLatestRoundWithSignals } from "@/lib/data/missions/find-latest-round-with-signals";
import { findMissionWithProject } from "@/lib/data/missions/find-mission-with-project";
import { listRecentUnitFailures } from "@/lib/data/missions/list-recent-unit-failures";
import { listMandatoryProcedures } from "@/lib/data/procedures/list-mandatory-procedures";

const words = (text: string) =>
  [...new Set(text.toLowerCase().match(/[a-z0-9]{3,}/g) ?? [])].slice(0, 12);

/** What the planner and the workers are told besides the objective: knowledge and procedures. */
export async function planningContext(missionId: string) {
  const mission = await findMissionWithProject(missionId);
  const [knowledge, procedures, failures, lastRound] = await Promise.all([
    listRelevantKnowledge(words(mission.objective)),
    listMandatoryProcedures(mission.project.name),
    listRecentUnitFailures(missionId),
    findLatestRoundWithSignals(missionId),
  ]);
  return {
    knowledge: knowledge.map((entry) => `${entry.title}: ${entry.description}`),
    procedures: procedures.map((procedure) =>
      procedure.shortDescription
        ? `${procedure.name}: ${procedure.shortDescription}`
        : procedure.name,
    ),
    recentFailures: failures.map((unit) => `${unit.title}: ${unit.reason ?? "failed"}`),
    signals: lastRound?.signals ?? null,
  };
}
