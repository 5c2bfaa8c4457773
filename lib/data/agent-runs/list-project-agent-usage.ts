import { getDb } from "@/lib/db";

export type ProjectAgentUsage = {
  projectId: string;
  projectName: string;
  costUsd: number;
  inputTokens: number;
  outputTokens: number;
  runs: number;
};

/** Cost and tokens per project over all its agent runs, most expensive first. */
export async function listProjectAgentUsage(): Promise<ProjectAgentUsage[]> {
  const db = getDb();
  const sums = await db.agentRun.groupBy({
    by: ["projectId"],
    _count: true,
    _sum: { costUsd: true, inputTokens: true, outputTokens: true },
  });
  const projects = await db.projectWorkspace.findMany({
    where: { id: { in: sums.map((sum) => sum.projectId) } },
    select: { id: true, name: true },
  });
  const names = new Map(projects.map((project) => [project.id, project.name]));
  return sums
    .map((sum) => ({
      projectId: sum.projectId,
      projectName: names.get(sum.projectId) ?? "(removed project)",
      costUsd: sum._sum.costUsd ?? 0,
      inputTokens: sum._sum.inputTokens ?? 0,
      outputTokens: sum._sum.outputTokens ?? 0,
      runs: sum._count,
    }))
    .sort((a, b) => b.costUsd - a.costUsd);
}
