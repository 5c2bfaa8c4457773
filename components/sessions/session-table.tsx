import Link from "next/link";
import { SessionStateBadge } from "@/components/sessions/session-state-badge";
import { describeSessionDuration, formatSessionTime } from "@/components/sessions/session-time";
import { Table, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { SessionListItem } from "@/lib/data/sessions/list-sessions";
import { cn } from "@/lib/utils";

/** A table on wider screens; on a phone each row stacks into a card. */
export function SessionTable({ items, now }: { items: SessionListItem[]; now: Date }) {
  return (
    <Table className="max-md:block">
      <TableHeader className="max-md:hidden">
        <TableRow>
          <TableHead>Started</TableHead>
          <TableHead>Project</TableHead>
          <TableHead>Identity</TableHead>
          <TableHead>State</TableHead>
          <TableHead>Duration</TableHead>
          <TableHead>Summary</TableHead>
        </TableRow>
      </TableHeader>
      <tbody className="max-md:flex max-md:flex-col max-md:gap-2 md:[&_tr:last-child]:border-0">
        {items.map((session) => {
          const open = !session.session_end;
          return (
            <TableRow
              key={session.session_id}
              data-testid="session-row"
              data-state={open ? "open" : "closed"}
              className={cn(
                "max-md:grid max-md:grid-cols-2 max-md:gap-1 max-md:rounded-lg max-md:border max-md:p-3",
                open &&
                  "bg-amber-50/70 hover:bg-amber-100/70 max-md:border-l-4 max-md:border-l-amber-500 md:[&>td:first-child]:border-l-4 md:[&>td:first-child]:border-l-amber-500 dark:bg-amber-950/30 dark:hover:bg-amber-950/50",
              )}
            >
              <TableCell className="max-md:col-span-2 max-md:p-0">
                <Link
                  href={`/sessions/${session.session_id}`}
                  className="font-medium whitespace-nowrap underline-offset-4 hover:underline"
                >
                  {formatSessionTime(session.session_start)}
                </Link>
              </TableCell>
              <TableCell className="break-words max-md:p-0">
                {session.project_name ?? <span className="text-muted-foreground">no project</span>}
              </TableCell>
              <TableCell className="break-words max-md:p-0">
                {session.identity_name ?? <span className="text-muted-foreground">unknown</span>}
              </TableCell>
              <TableCell className="max-md:p-0">
                <SessionStateBadge open={open} />
              </TableCell>
              <TableCell
                className={cn("whitespace-nowrap max-md:p-0", open && "font-semibold")}
                data-testid="session-duration"
              >
                {describeSessionDuration(session.session_start, session.session_end, now)}
              </TableCell>
              <TableCell className="max-w-sm text-muted-foreground max-md:col-span-2 max-md:max-w-none max-md:p-0">
                <span className="line-clamp-2 break-words">{session.summary_start ?? "—"}</span>
              </TableCell>
            </TableRow>
          );
        })}
      </tbody>
    </Table>
  );
}
