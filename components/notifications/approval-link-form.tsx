"use client";

import { decideByLinkAction } from "@/app/(app)/approvals/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Input } from "@/components/ui/input";

/** The one tap that decides; a budget approval asks for the raised budget first. */
export function ApprovalLinkForm({
  token,
  decision,
  budget,
}: {
  token: string;
  decision: "approved" | "rejected";
  budget: boolean;
}) {
  const { state, formAction, pending, control, field } = useFormAction(decideByLinkAction, {
    idPrefix: "approval-link",
  });
  const approving = decision === "approved";
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3" aria-label="Decide">
      <input type="hidden" name="token" value={token} />
      {budget && approving ? (
        <FormField {...field("budgetUsd", "New budget in US dollars (to go on)")}>
          <Input {...control("budgetUsd")} inputMode="decimal" className="max-w-40" />
        </FormField>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <FormSubmit
          pending={pending}
          state={state}
          errorId="approval-link-form-error"
          variant={approving ? "default" : "destructive"}
          size="lg"
        >
          {approving
            ? budget
              ? "Raise the budget and go on"
              : "Approve"
            : budget
              ? "Stop the mission"
              : "Reject"}
        </FormSubmit>
      </div>
    </form>
  );
}
