"use client";

import { decideApprovalAction } from "@/app/(app)/missions/actions";
import { useMissionAction } from "@/components/missions/use-mission-action";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

/** Approve or reject; going on past a spent budget asks for the raised budget too. */
export function ApprovalDecisionForm({
  missionId,
  approvalId,
  kind,
}: {
  missionId: string;
  approvalId: string;
  kind: string;
}) {
  const { state, formAction, pending, control, field } = useMissionAction(
    missionId,
    decideApprovalAction,
    { idPrefix: `approval-${approvalId}` },
  );
  return (
    <form action={formAction} className="flex flex-col gap-2" aria-label="Decide approval">
      <input type="hidden" name="approvalId" value={approvalId} />
      {kind === "budget" ? (
        <FormField {...field("budgetUsd", "New budget in US dollars (to go on)")}>
          <Input {...control("budgetUsd")} inputMode="decimal" className="max-w-40" />
        </FormField>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="approved" disabled={pending}>
          {kind === "budget" ? "Raise and go on" : "Approve"}
        </Button>
        <Button type="submit" name="decision" value="rejected" variant="outline" disabled={pending}>
          {kind === "budget" ? "Stop the mission" : "Reject"}
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
