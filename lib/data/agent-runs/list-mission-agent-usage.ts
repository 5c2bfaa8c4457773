import {
  type AgentUsage,
  addUsage,
  NO_AGENT_USAGE,
  usageOfGroup,
} from "@/lib/data/agent-runs/agent-usage";
import { getDb } from "@/lib/db";

export type MissionAgentUsage = {
  /** Every run of the mission: planners, critics and reviewers as well as the units' workers. */
  total: AgentUsage;
  /** Each unit's own runs (its worker, every attempt), by unit id. */
  byUnit: Record<string, AgentUsage>;
};

/** A mission's agent usage and each of its units', in one query. */
export async function listMissionAgentUsage(missionId: string): Promise<MissionAgentUsage> {
  const groups = await getDb().agentRun.groupBy({
    by: ["unitId", "costSource"],
    where: { missionId },
    _count: true,
    _sum: { inputTokens: true, outputTokens: true, costUsd: true },
  });
  let total = NO_AGENT_USAGE;
  const byUnit: Record<string, AgentUsage> = {};
  for (const group of groups) {
    const usage = usageOfGroup(group);
    total = addUsage(total, usage);
    if (group.unitId)
      byUnit[group.unitId] = addUsage(byUnit[group.unitId] ?? NO_AGENT_USAGE, usage);
  }
  return { total, byUnit };
}
