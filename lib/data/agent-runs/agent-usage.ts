// The shape every agent-usage query returns, and how rows split by cost source become one.

export type AgentUsage = {
  runs: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  /** Some of the cost is an estimate from the price table, or some runs reported none. */
  estimated: boolean;
  /** Some run has a cost figure; when none has, only the tokens mean anything. */
  priced: boolean;
};

export const NO_AGENT_USAGE: AgentUsage = {
  runs: 0,
  inputTokens: 0,
  outputTokens: 0,
  costUsd: 0,
  estimated: false,
  priced: false,
};

/** A `groupBy` row of agent runs that share one cost source. */
export type CostSourceGroup = {
  costSource: string;
  _count: number;
  _sum: { inputTokens: number | null; outputTokens: number | null; costUsd: number | null };
};

export function usageOfGroup(group: CostSourceGroup): AgentUsage {
  return {
    runs: group._count,
    inputTokens: group._sum.inputTokens ?? 0,
    outputTokens: group._sum.outputTokens ?? 0,
    costUsd: group._sum.costUsd ?? 0,
    estimated: group.costSource !== "reported",
    priced: group.costSource !== "none",
  };
}

export function addUsage(a: AgentUsage, b: AgentUsage): AgentUsage {
  if (!a.runs) return b;
  if (!b.runs) return a;
  return {
    runs: a.runs + b.runs,
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    costUsd: a.costUsd + b.costUsd,
    estimated: a.estimated || b.estimated,
    priced: a.priced || b.priced,
  };
}

/** The first instant of a period of `days` whole UTC days that ends with today. */
export function usagePeriodStart(days: number, now: Date): Date {
  const since = new Date(now.getTime() - (days - 1) * 86_400_000);
  since.setUTCHours(0, 0, 0, 0);
  return since;
}
