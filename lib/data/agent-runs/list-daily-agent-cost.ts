import { type AgentUsage, usagePeriodStart } from "@/lib/data/agent-runs/agent-usage";
import { getDb } from "@/lib/db";

export type DailyAgentCost = AgentUsage & {
  /** The UTC day, `YYYY-MM-DD`. */
  day: string;
  /** Input and output tokens together. */
  tokens: number;
};

/** Cost and tokens of all agent runs per UTC day, over the last `days` days, oldest first. */
export async function listDailyAgentCost(
  days: number,
  now = new Date(),
): Promise<DailyAgentCost[]> {
  const since = usagePeriodStart(days, now);
  const rows = await getDb().$queryRaw<
    {
      day: string;
      cost: number | null;
      input: bigint | null;
      output: bigint | null;
      runs: bigint;
      reported: bigint;
      unpriced: bigint;
    }[]
  >`
    SELECT to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
           SUM(cost_usd) AS cost,
           SUM(input_tokens) AS input,
           SUM(output_tokens) AS output,
           COUNT(*) AS runs,
           COUNT(*) FILTER (WHERE cost_source = 'reported') AS reported,
           COUNT(*) FILTER (WHERE cost_source = 'none') AS unpriced
      FROM claude_mission_control.agent_runs
     WHERE finished_at >= ${since}
     GROUP BY 1`;
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return Array.from({ length: days }, (_, index) => {
    const day = new Date(since.getTime() + index * 86_400_000).toISOString().slice(0, 10);
    const row = byDay.get(day);
    const inputTokens = Number(row?.input ?? 0);
    const outputTokens = Number(row?.output ?? 0);
    const runs = Number(row?.runs ?? 0);
    return {
      day,
      runs,
      inputTokens,
      outputTokens,
      tokens: inputTokens + outputTokens,
      costUsd: row?.cost ?? 0,
      estimated: runs > Number(row?.reported ?? 0),
      priced: runs > Number(row?.unpriced ?? 0),
    };
  });
}
