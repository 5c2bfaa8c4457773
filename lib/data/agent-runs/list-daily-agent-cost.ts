import { getDb } from "@/lib/db";

export type DailyAgentCost = { day: string; costUsd: number; tokens: number; runs: number };

/** Cost and tokens of all agent runs per UTC day, over the last `days` days, oldest first. */
export async function listDailyAgentCost(
  days: number,
  now = new Date(),
): Promise<DailyAgentCost[]> {
  const since = new Date(now.getTime() - (days - 1) * 86_400_000);
  since.setUTCHours(0, 0, 0, 0);
  const rows = await getDb().$queryRaw<
    { day: Date; cost: number | null; tokens: bigint | null; runs: bigint }[]
  >`
    SELECT date_trunc('day', finished_at AT TIME ZONE 'UTC') AS day,
           SUM(cost_usd) AS cost,
           SUM(COALESCE(input_tokens, 0) + COALESCE(output_tokens, 0)) AS tokens,
           COUNT(*) AS runs
      FROM claude_mission_control.agent_runs
     WHERE finished_at >= ${since}
     GROUP BY 1`;
  const byDay = new Map(rows.map((row) => [row.day.toISOString().slice(0, 10), row]));
  return Array.from({ length: days }, (_, index) => {
    const day = new Date(since.getTime() + index * 86_400_000).toISOString().slice(0, 10);
    const row = byDay.get(day);
    return {
      day,
      costUsd: row?.cost ?? 0,
      tokens: Number(row?.tokens ?? 0),
      runs: Number(row?.runs ?? 0),
    };
  });
}
