import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { LiveSessionOutput } from "@/components/launcher/live-session-output";
import { CloseSessionForm } from "@/components/sessions/close-session-form";
import { SessionFacts } from "@/components/sessions/session-facts";
import { SessionMetadata } from "@/components/sessions/session-metadata";
import { SessionStateBadge } from "@/components/sessions/session-state-badge";
import { SessionTextList } from "@/components/sessions/session-text-list";
import { formatSessionTime } from "@/components/sessions/session-time";
import { PageHeader } from "@/components/shell/page-header";
import { SessionEndSqlPanel } from "@/components/sql-templates/session-end-sql-panel";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireSession } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { sumAgentUsage } from "@/lib/data/agent-runs/sum-agent-usage";
import { findLaunch } from "@/lib/data/launches/find-launch";
import { findSession } from "@/lib/data/sessions/find-session";

export const metadata: Metadata = { title: "Session" };
export const dynamic = "force-dynamic";

const lines = (items: string[] | null) => (items ?? []).join("\n");

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireSession();
  const id = z.uuid().safeParse((await params).id);
  const session = id.success ? await findSession(id.data) : null;
  if (!session) notFound();
  const [launch, usage] = await Promise.all([
    findLaunch(session.id),
    sumAgentUsage({ sessionId: session.id }),
  ]);
  // A launched session is closed by its launch when the agent ends.
  const agentRunning = launch ? ["queued", "running"].includes(launch.status) : false;
  const open = !session.sessionEnd;
  return (
    <>
      <PageHeader
        title={`Session in ${session.projectName ?? "no project"}`}
        description={`${session.identity?.name ?? "Unknown identity"} · started ${formatSessionTime(session.sessionStart)}`}
        actions={<SessionStateBadge open={open} />}
      />
      <div className="flex flex-col gap-4">
        {launch ? (
          <Card>
            <CardContent>
              <LiveSessionOutput
                sessionId={session.id}
                canOperate={hasRole(actor.role, "operator")}
              />
            </CardContent>
          </Card>
        ) : null}
        <Card>
          <CardContent>
            <SessionFacts
              session={session}
              now={new Date()}
              agent={launch || usage.runs ? { usage, running: agentRunning } : undefined}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Summary</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            <p className="whitespace-pre-wrap break-words text-sm" data-testid="session-summary">
              {session.sessionSummary || (
                <span className="text-muted-foreground">No summary yet.</span>
              )}
            </p>
            <div className="grid gap-4 md:grid-cols-3">
              <SessionTextList
                title="Tasks completed"
                items={session.tasksCompleted}
                testId="session-tasks"
              />
              <SessionTextList
                title="Learnings"
                items={session.learningsGained}
                testId="session-learnings"
              />
              <SessionTextList
                title="Challenges"
                items={session.challengesEncountered}
                testId="session-challenges"
              />
            </div>
          </CardContent>
        </Card>
        {open && !agentRunning && hasRole(actor.role, "operator") ? (
          <Card>
            <CardHeader>
              <CardTitle>Close session</CardTitle>
            </CardHeader>
            <CardContent>
              <CloseSessionForm
                sessionId={session.id}
                initial={{
                  summary: session.sessionSummary ?? "",
                  tasks: lines(session.tasksCompleted),
                  learnings: lines(session.learningsGained),
                  challenges: lines(session.challengesEncountered),
                }}
              />
            </CardContent>
          </Card>
        ) : null}
        <SessionEndSqlPanel
          open={open}
          session={{
            sessionId: session.id,
            summary: session.sessionSummary,
            tasks: session.tasksCompleted,
            learnings: session.learningsGained,
            challenges: session.challengesEncountered,
          }}
        />
        <Card>
          <CardHeader>
            <CardTitle>Metadata</CardTitle>
          </CardHeader>
          <CardContent>
            <SessionMetadata metadata={session.sessionMetadata} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
