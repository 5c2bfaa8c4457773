"use client";

import { saveApprovalTimeoutAction } from "@/app/(app)/settings/actions";
import { FormOutcome } from "@/components/settings/form-outcome";
import { useSettingsForm } from "@/components/settings/use-settings-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

export function ApprovalTimeoutForm({ seconds }: { seconds: number }) {
  const { state, formAction, pending, control, field } = useSettingsForm(
    saveApprovalTimeoutAction,
    "approval-timeout",
    { minutes: String(Math.round(seconds / 60)) },
  );
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
      <Button type="submit" variant="outline" disabled={pending}>
        Save timeout
      </Button>
      <FormOutcome id="approval-timeout" state={state} />
    </form>
  );
}
