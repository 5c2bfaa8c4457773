import Link from "next/link";
import { formatTime } from "@/components/runs/format-time";

type Session = {
  id: string;
  projectName: string | null;
  sessionStart: Date | null;
  identity: { name: string } | null;
};

export function UnclosedSessionsList({ sessions }: { sessions: Session[] }) {
  if (!sessions.length)
    return <p className="text-sm text-muted-foreground">Every session is closed.</p>;
  return (
    <ul className="grid gap-2 text-sm">
      {sessions.map((session) => (
        <li key={session.id} className="flex min-w-0 flex-wrap gap-x-2">
          <Link
            href={`/sessions/${session.id}`}
            className="font-medium underline-offset-4 hover:underline"
          >
            {session.projectName ?? "no project"}
          </Link>
          <span className="text-muted-foreground">
            {session.identity?.name ?? "unknown identity"}, since {formatTime(session.sessionStart)}
          </span>
        </li>
      ))}
    </ul>
  );
}
