import { Badge } from "@/components/ui/badge";

const VARIANTS: Record<string, "default" | "secondary" | "destructive" | "outline"> = {
  completed: "secondary",
  failed: "destructive",
  cancelled: "outline",
  running: "default",
  queued: "outline",
};

export function RunStatusBadge({ status }: { status: string }) {
  return <Badge variant={VARIANTS[status] ?? "outline"}>{status}</Badge>;
}
