import { formatMissionTime } from "@/components/missions/mission-format";
import { APPROVAL_KIND_LABELS, APPROVAL_STATUS_LABELS } from "@/components/missions/mission-labels";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ApprovalView } from "@/lib/data/missions/get-mission-view";

/** Approvals already decided (or timed out), newest last. */
export function DecidedApprovals({ approvals }: { approvals: ApprovalView[] }) {
  if (!approvals.length) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Approvals</CardTitle>
      </CardHeader>
      <CardContent>
        <ul className="flex flex-col gap-3">
          {approvals.map((approval) => (
            <li
              key={approval.id}
              className="flex flex-col gap-1 text-sm"
              data-testid="decided-approval"
            >
              <div className="flex flex-wrap items-center gap-2">
                <Badge variant={approval.status === "approved" ? "secondary" : "outline"}>
                  {APPROVAL_STATUS_LABELS[approval.status] ?? approval.status}
                </Badge>
                <span className="font-medium">
                  {APPROVAL_KIND_LABELS[approval.kind] ?? approval.kind}
                </span>
              </div>
              <p className="whitespace-pre-wrap break-words">{approval.summary}</p>
              <p className="text-xs text-muted-foreground">
                {approval.decidedAt
                  ? `${approval.decidedBy ?? "Someone"} · ${formatMissionTime(approval.decidedAt)}`
                  : `Timed out ${formatMissionTime(approval.timeoutAt)}`}
              </p>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
