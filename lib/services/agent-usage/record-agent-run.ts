import type { AgentRun } from "@/lib/agents/run-agent";
import { type AgentRunRecord, insertAgentRun } from "@/lib/data/agent-runs/insert-agent-run";
import { incrementMissionCost } from "@/lib/data/missions/increment-mission-cost";
import { inTransaction } from "@/lib/data/transaction";
import type { AgentProfile } from "@/lib/validation/agent-profiles";

/**
 * Records what one agent run used (its tokens, its cost and where that figure came from, the
 * tools it was refused) and adds the cost to its mission's total, which the budget is held to.
 */
export async function recordAgentRun(
  owner: Pick<AgentRunRecord, "projectId" | "missionId" | "unitId" | "sessionId" | "role">,
  profile: AgentProfile,
  agent: AgentRun,
) {
  const { report } = agent;
  await inTransaction(async (tx) => {
    await insertAgentRun(tx, {
      ...owner,
      profileId: profile.id,
      agentKind: profile.kind,
      model: report.model ?? (profile.model || null),
      inputTokens: report.inputTokens,
      outputTokens: report.outputTokens,
      costUsd: report.costUsd,
      costSource: report.costSource,
      deniedTools: report.deniedTools,
      exitCode: agent.run.exitCode ?? null,
      durationMs: agent.durationMs,
    });
    if (owner.missionId && report.costUsd)
      await incrementMissionCost(tx, owner.missionId, report.costUsd);
  });
}
