import Link from "next/link";
import type { ReactNode } from "react";
import { SessionStateBadge } from "@/components/sessions/session-state-badge";
import { describeSessionDuration, formatSessionTime } from "@/components/sessions/session-time";
import type { SessionDetail } from "@/lib/data/sessions/find-session";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

export function SessionFacts({ session, now }: { session: SessionDetail; now: Date }) {
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
    </dl>
  );
}
