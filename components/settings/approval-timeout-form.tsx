"use client";

import { saveApprovalTimeoutAction } from "@/app/(app)/settings/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Input } from "@/components/ui/input";

export function ApprovalTimeoutForm({ seconds }: { seconds: number }) {
  const { state, formAction, pending, control, field } = useFormAction(saveApprovalTimeoutAction, {
    idPrefix: "approval-timeout",
    initial: { minutes: String(Math.round(seconds / 60)) },
  });
  return (
    <form
      action={formAction}
      noValidate
      className="flex flex-wrap items-end gap-3"
      aria-label="Approval timeout"
    >
      <FormField {...field("minutes", "Approval timeout (minutes, up to 43200)")}>
        <Input {...control("minutes")} inputMode="numeric" className="sm:w-40" />
      </FormField>
      <FormSubmit
        pending={pending}
        state={state}
        errorId="approval-timeout-form-error"
        variant="outline"
      >
        Save timeout
      </FormSubmit>
    </form>
  );
}
