import { Badge } from "@/components/ui/badge";

export function SessionStateBadge({ open }: { open: boolean }) {
  return open ? (
    <Badge
      className="border-amber-600 bg-amber-100 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100"
      data-testid="session-state"
    >
      Open
    </Badge>
  ) : (
    <Badge variant="secondary" data-testid="session-state">
      Closed
    </Badge>
  );
}
