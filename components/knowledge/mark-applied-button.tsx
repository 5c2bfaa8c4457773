"use client";

import { markAppliedAction } from "@/app/(app)/knowledge/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormSubmit } from "@/components/ui/form-submit";

export function MarkAppliedButton({ id }: { id: string }) {
  const { state, formAction, pending } = useFormAction(markAppliedAction);
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-center gap-2"
      aria-label="Mark applied"
    >
      <input type="hidden" name="id" value={id} />
      <FormSubmit pending={pending} state={state} errorId="mark-applied-error">
        Mark applied
      </FormSubmit>
    </form>
  );
}
