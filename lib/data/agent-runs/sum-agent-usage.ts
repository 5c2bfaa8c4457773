import { getDb } from "@/lib/db";

export type AgentUsage = {
  runs: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  /** Some of the cost is an estimate from the price table, or some runs reported none. */
  estimated: boolean;
};

/** Tokens and cost of the agent runs of one unit, mission, session or project. */
export async function sumAgentUsage(
  where: { unitId: string } | { missionId: string } | { sessionId: string } | { projectId: string },
): Promise<AgentUsage> {
  const db = getDb();
  const [sums, notReported] = await Promise.all([
    db.agentRun.aggregate({
      where,
      _count: true,
      _sum: { inputTokens: true, outputTokens: true, costUsd: true },
    }),
    db.agentRun.count({ where: { ...where, costSource: { not: "reported" } } }),
  ]);
  return {
    runs: sums._count,
    inputTokens: sums._sum.inputTokens ?? 0,
    outputTokens: sums._sum.outputTokens ?? 0,
    costUsd: sums._sum.costUsd ?? 0,
    estimated: notReported > 0,
  };
}
