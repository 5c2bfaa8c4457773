import Link from "next/link";
import type { ReactNode } from "react";
import { AgentCost, formatAgentTokens } from "@/components/missions/agent-usage-text";
import { SessionStateBadge } from "@/components/sessions/session-state-badge";
import { describeSessionDuration, formatSessionTime } from "@/components/sessions/session-time";
import type { AgentUsage } from "@/lib/data/agent-runs/agent-usage";
import type { SessionDetail } from "@/lib/data/sessions/find-session";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

/** A launched session's agent usage, which is recorded when the agent ends. */
function AgentUsageFacts({ usage, agentRunning }: { usage: AgentUsage; agentRunning: boolean }) {
  const pending = (
    <span className="text-muted-foreground">
      {agentRunning ? "when the agent ends" : "none recorded"}
    </span>
  );
  return (
    <>
      <Fact label="Agent cost">
        <span data-testid="session-agent-cost">
          {usage.runs ? <AgentCost usage={usage} /> : pending}
        </span>
      </Fact>
      <Fact label="Tokens">
        <span data-testid="session-agent-tokens">
          {usage.runs ? formatAgentTokens(usage) : pending}
        </span>
      </Fact>
    </>
  );
}

/** The session's facts; `agent` (a launched session's agent runs) adds their cost and tokens. */
export function SessionFacts({
  session,
  now,
  agent,
}: {
  session: SessionDetail;
  now: Date;
  agent?: { usage: AgentUsage; running: boolean };
}) {
  const open = !session.sessionEnd;
  return (
    <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-3" data-testid="session-facts">
      <Fact label="Project">
        {session.project ? (
          <Link href={`/launcher#project-${session.project.id}`} className="underline">
            {session.project.name}
          </Link>
        ) : (
          (session.projectName ?? "none")
        )}
      </Fact>
      <Fact label="Identity">{session.identity?.name ?? "unknown"}</Fact>
      <Fact label="State">
        <SessionStateBadge open={open} />
      </Fact>
      <Fact label="Started">{formatSessionTime(session.sessionStart)}</Fact>
      <Fact label="Ended">{open ? "not yet" : formatSessionTime(session.sessionEnd)}</Fact>
      <Fact label="Duration">
        <span className={open ? "font-semibold text-amber-700 dark:text-amber-300" : undefined}>
          {describeSessionDuration(session.sessionStart, session.sessionEnd, now)}
        </span>
      </Fact>
      {agent ? <AgentUsageFacts usage={agent.usage} agentRunning={agent.running} /> : null}
    </dl>
  );
}
