import { listRelevantKnowledge } from "@/lib/data/launches/list-relevant-knowledge";
import { listMandatoryProcedures } from "@/lib/data/procedures/list-mandatory-procedures";
import { getDb } from "@/lib/db";

const words = (text: string) =>
  [...new Set(text.toLowerCase().match(/[a-z0-9]{3,}/g) ?? [])].slice(0, 12);

/** What the planner and the workers are told besides the objective: knowledge and procedures. */
export async function planningContext(missionId: string) {
  const mission = await getDb().mission.findUniqueOrThrow({
    where: { id: missionId },
    include: { project: true },
  });
  const [knowledge, procedures, failures, lastRound] = await Promise.all([
    listRelevantKnowledge(words(mission.objective)),
    listMandatoryProcedures(mission.project.name),
    getDb().workUnit.findMany({
      where: { missionId, status: { in: ["failed", "conflicted", "reverted", "blocked"] } },
      orderBy: { finishedAt: "desc" },
      take: 10,
      select: { title: true, reason: true },
    }),
    getDb().missionRound.findFirst({
      where: { missionId, signals: { not: undefined } },
      orderBy: { roundNumber: "desc" },
    }),
  ]);
  return {
    mission,
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
