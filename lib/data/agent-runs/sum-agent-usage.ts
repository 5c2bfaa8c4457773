import {
  type AgentUsage,
  addUsage,
  NO_AGENT_USAGE,
  usageOfGroup,
} from "@/lib/data/agent-runs/agent-usage";
import { getDb } from "@/lib/db";

/** Tokens and cost of the agent runs of one unit, mission, session or project. */
export async function sumAgentUsage(
  where: { unitId: string } | { missionId: string } | { sessionId: string } | { projectId: string },
): Promise<AgentUsage> {
  const groups = await getDb().agentRun.groupBy({
    by: ["costSource"],
    where,
    _count: true,
    _sum: { inputTokens: true, outputTokens: true, costUsd: true },
  });
  return groups.map(usageOfGroup).reduce(addUsage, NO_AGENT_USAGE);
}
