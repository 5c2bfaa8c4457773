import type { AgentUsage } from "@/lib/data/agent-runs/agent-usage";

const whole = new Intl.NumberFormat("en-US");

/** "$0.0123" below a dollar, "$12.34" above: agent runs often cost cents. */
export function formatAgentUsd(value: number): string {
  if (value === 0) return "$0.00";
  return `$${value.toFixed(value < 1 ? 4 : 2)}`;
}

/** "$0.0123", "≈ $0.0123 (estimate)" when some of it is estimated, null when no run had a cost. */
export function formatAgentCost(usage: AgentUsage): string | null {
  if (!usage.priced) return null;
  const cost = formatAgentUsd(usage.costUsd);
  return usage.estimated ? `≈ ${cost} (estimate)` : cost;
}

/** "1,200 in / 345 out tokens". */
export function formatAgentTokens(usage: Pick<AgentUsage, "inputTokens" | "outputTokens">): string {
  return `${whole.format(usage.inputTokens)} in / ${whole.format(usage.outputTokens)} out tokens`;
}

/** "≈ $0.0123 (estimate) · 1,200 in / 345 out tokens", or the tokens alone when no cost is known. */
export function formatAgentUsage(usage: AgentUsage): string {
  const cost = formatAgentCost(usage);
  return cost ? `${cost} · ${formatAgentTokens(usage)}` : formatAgentTokens(usage);
}

/** The cost as `formatAgentCost` writes it, with "(estimate)" set small and muted. */
export function AgentCost({
  usage,
  fallback = "no cost reported",
}: {
  usage: AgentUsage;
  fallback?: string;
}) {
  if (!usage.priced) return <span className="text-muted-foreground">{fallback}</span>;
  const cost = formatAgentUsd(usage.costUsd);
  if (!usage.estimated) return <span>{cost}</span>;
  return (
    <span>
      ≈ {cost} <span className="text-xs text-muted-foreground">(estimate)</span>
    </span>
  );
}
