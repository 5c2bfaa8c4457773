import { AgentCostCard } from "@/components/overview/agent-cost-card";
import { CountCard } from "@/components/overview/count-card";
import { OpenFeedbackByType } from "@/components/overview/open-feedback-by-type";
import { RecentActivity } from "@/components/overview/recent-activity";
import { RunnerStatus } from "@/components/overview/runner-status";
import { UnclosedSessionsList } from "@/components/overview/unclosed-sessions-list";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireSession } from "@/lib/auth/require";
import { listDailyAgentCost } from "@/lib/data/agent-runs/list-daily-agent-cost";
import { listProjectAgentUsage } from "@/lib/data/agent-runs/list-project-agent-usage";
import { listRecentAudit } from "@/lib/data/audit/list-recent-audit";
import { countOpenFeedbackByType } from "@/lib/data/overview/count-open-feedback-by-type";
import { getOverviewCounts } from "@/lib/data/overview/get-overview-counts";
import { listLatestUnclosedSessions } from "@/lib/data/overview/list-latest-unclosed-sessions";
import { getEnv } from "@/lib/env";
import { readRunnerHeartbeat } from "@/lib/services/runner-health/runner-heartbeat";

export const dynamic = "force-dynamic";

const COST_DAYS = 14;

export default async function OverviewPage() {
  await requireSession();
  const now = new Date();
  const [counts, recent, lastTick, feedbackByType, unclosed, dailyCost, projectUsage] =
    await Promise.all([
      getOverviewCounts(),
      listRecentAudit(8),
      readRunnerHeartbeat(),
      countOpenFeedbackByType(),
      listLatestUnclosedSessions(),
      listDailyAgentCost(COST_DAYS, now),
      listProjectAgentUsage({ days: COST_DAYS, now }),
    ]);
  return (
    <>
      <PageHeader
        title="Overview"
        description="Your projects, agents and their work at a glance."
        actions={
          <RunnerStatus mode={getEnv().MC_RUNNER ?? "external"} lastTick={lastTick} now={now} />
        }
      />
      <section aria-label="Counts" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <CountCard label="Projects" value={counts.projects} href="/launcher" />
        <CountCard
          label="Identities"
          value={counts.identities}
          href="/messages"
          detail="agent instances"
        />
        <CountCard
          label="Unclosed sessions"
          value={counts.unclosedSessions}
          href="/sessions"
          detail={`of ${counts.sessions} sessions`}
        />
        <CountCard label="Open feedback" value={counts.openFeedback} href="/feedback" />
        <CountCard
          label="Procedures"
          value={counts.procedures}
          href="/procedures"
          detail={`${counts.mandatoryProcedures} mandatory`}
        />
        <CountCard label="Knowledge" value={counts.knowledge} href="/knowledge" />
        <CountCard label="Unread messages" value={counts.unreadMessages} href="/messages" />
      </section>
      <div className="mt-6">
        <AgentCostCard days={dailyCost} projects={projectUsage} />
      </div>
      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Open feedback by type</CardTitle>
          </CardHeader>
          <CardContent>
            <OpenFeedbackByType rows={feedbackByType} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Latest unclosed sessions</CardTitle>
          </CardHeader>
          <CardContent>
            <UnclosedSessionsList sessions={unclosed} />
          </CardContent>
        </Card>
      </div>
      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Recent activity</CardTitle>
        </CardHeader>
        <CardContent>
          <RecentActivity entries={recent} />
        </CardContent>
      </Card>
    </>
  );
}
