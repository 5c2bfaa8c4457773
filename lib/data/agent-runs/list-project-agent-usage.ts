import {
  type AgentUsage,
  addUsage,
  NO_AGENT_USAGE,
  usageOfGroup,
  usagePeriodStart,
} from "@/lib/data/agent-runs/agent-usage";
import { getDb } from "@/lib/db";

export type ProjectAgentUsage = AgentUsage & { projectId: string; projectName: string };

/**
 * Cost and tokens per project, most expensive first: over all its agent runs, or over the last
 * `days` whole UTC days (today included) when `days` is given.
 */
export async function listProjectAgentUsage(
  options: { days?: number; now?: Date } = {},
): Promise<ProjectAgentUsage[]> {
  const db = getDb();
  const since = options.days ? usagePeriodStart(options.days, options.now ?? new Date()) : null;
  const groups = await db.agentRun.groupBy({
    by: ["projectId", "costSource"],
    where: since ? { finishedAt: { gte: since } } : {},
    _count: true,
    _sum: { inputTokens: true, outputTokens: true, costUsd: true },
  });
  const byProject = new Map<string, AgentUsage>();
  for (const group of groups)
    byProject.set(
      group.projectId,
      addUsage(byProject.get(group.projectId) ?? NO_AGENT_USAGE, usageOfGroup(group)),
    );
  const projects = await db.projectWorkspace.findMany({
    where: { id: { in: [...byProject.keys()] } },
    select: { id: true, name: true },
  });
  const names = new Map(projects.map((project) => [project.id, project.name]));
  return [...byProject]
    .map(([projectId, usage]) => ({
      projectId,
      projectName: names.get(projectId) ?? "(removed project)",
      ...usage,
    }))
    .sort(
      (a, b) =>
        b.costUsd - a.costUsd ||
        b.inputTokens + b.outputTokens - (a.inputTokens + a.outputTokens) ||
        a.projectName.localeCompare(b.projectName),
    );
}
