"use client";

import { pingRunnerAction } from "@/app/(app)/settings/runs/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormSubmit } from "@/components/ui/form-submit";

export function PingRunnerButton() {
  const { state, formAction, pending } = useFormAction(pingRunnerAction);
  return (
    <form action={formAction} className="flex items-center gap-3">
      <FormSubmit pending={pending} state={state} errorId="ping-runner-error" variant="outline">
        Ping the runner
      </FormSubmit>
    </form>
  );
}
