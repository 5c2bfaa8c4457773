import { ApprovalDecisionForm } from "@/components/missions/approval-decision-form";
import { formatMissionTime } from "@/components/missions/mission-format";
import { APPROVAL_KIND_LABELS } from "@/components/missions/mission-labels";
import type { ApprovalView } from "@/lib/data/missions/get-mission-view";

/** What waits for a person, shown first: each pending approval with its decision buttons. */
export function PendingApprovals({
  missionId,
  approvals,
  canOperate,
}: {
  missionId: string;
  approvals: ApprovalView[];
  canOperate: boolean;
}) {
  if (!approvals.length) return null;
  return (
    <section
      aria-labelledby="pending-approvals-heading"
      className="flex flex-col gap-3 rounded-xl border-2 border-amber-500 bg-amber-50/70 p-4 dark:bg-amber-950/30"
      data-testid="pending-approvals"
    >
      <h2 id="pending-approvals-heading" className="font-semibold">
        {approvals.length === 1 ? "Waiting for your approval" : "Waiting for your approvals"}
      </h2>
      <ul className="flex flex-col gap-4">
        {approvals.map((approval) => (
          <li key={approval.id} className="flex flex-col gap-2" data-testid="pending-approval">
            <div className="text-sm font-medium">
              {APPROVAL_KIND_LABELS[approval.kind] ?? approval.kind}
            </div>
            <p className="text-sm whitespace-pre-wrap break-words">{approval.summary}</p>
            <p className="text-xs text-muted-foreground">
              {approval.expired
                ? `Timed out at ${formatMissionTime(approval.timeoutAt)}; it can no longer be decided.`
                : `Asked ${formatMissionTime(approval.requestedAt)} · times out ${formatMissionTime(approval.timeoutAt)}`}
            </p>
            {canOperate && !approval.expired ? (
              <ApprovalDecisionForm
                missionId={missionId}
                approvalId={approval.id}
                kind={approval.kind}
              />
            ) : null}
            {!canOperate ? (
              <p className="text-xs text-muted-foreground">Operators approve or reject.</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
