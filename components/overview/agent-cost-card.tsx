import { AgentCost, formatAgentTokens } from "@/components/missions/agent-usage-text";
import { DailyCostChart } from "@/components/overview/daily-cost-chart";
import { ProjectUsageList } from "@/components/overview/project-usage-list";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { addUsage, NO_AGENT_USAGE } from "@/lib/data/agent-runs/agent-usage";
import type { DailyAgentCost } from "@/lib/data/agent-runs/list-daily-agent-cost";
import type { ProjectAgentUsage } from "@/lib/data/agent-runs/list-project-agent-usage";

/** What agents cost over the last days: the total, a bar per day and each project's share. */
export function AgentCostCard({
  days,
  projects,
}: {
  days: DailyAgentCost[];
  projects: ProjectAgentUsage[];
}) {
  const total = days.reduce(addUsage, NO_AGENT_USAGE);
  return (
    <Card data-testid="agent-cost">
      <CardHeader>
        <CardTitle>Agent cost, last {days.length} days</CardTitle>
        <CardDescription>
          Launched sessions and mission agents. Claude Code reports its cost; Codex and Gemini costs
          are estimates from list prices.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid min-w-0 gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="flex min-w-0 flex-col gap-3">
          <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="text-2xl font-semibold tabular-nums" data-testid="agent-cost-total">
              <AgentCost usage={total} fallback="$0.00" />
            </span>
            <span className="text-sm text-muted-foreground" data-testid="agent-cost-tokens">
              {formatAgentTokens(total)} · {total.runs === 1 ? "1 run" : `${total.runs} runs`}
            </span>
          </p>
          <DailyCostChart days={days} />
        </div>
        <div className="flex min-w-0 flex-col gap-2">
          <h3 className="text-sm font-medium">By project</h3>
          <ProjectUsageList projects={projects} />
        </div>
      </CardContent>
    </Card>
  );
}
