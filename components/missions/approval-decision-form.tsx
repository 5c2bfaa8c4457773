"use client";

import { decideApprovalAction } from "@/app/(app)/missions/actions";
import { useMissionAction } from "@/components/missions/use-mission-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";

export function ApprovalDecisionForm({
  missionId,
  approvalId,
}: {
  missionId: string;
  approvalId: string;
}) {
  const { state, formAction, pending } = useMissionAction(missionId, decideApprovalAction);
  return (
    <form action={formAction} className="flex flex-col gap-2" aria-label="Decide approval">
      <input type="hidden" name="approvalId" value={approvalId} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="approved" disabled={pending}>
          Approve
        </Button>
        <Button type="submit" name="decision" value="rejected" variant="outline" disabled={pending}>
          Reject
        </Button>
      </div>
      {state.ok ? (
        <span role="status" className="text-sm text-muted-foreground">
          {state.message}
        </span>
      ) : null}
      <FieldError id={`approval-${approvalId}-error`} message={state.fieldErrors?.form} />
    </form>
  );
}
