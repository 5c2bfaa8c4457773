"use client";

import { useActionState } from "react";
import { type KnowledgeFormState, markAppliedAction } from "@/app/(app)/knowledge/actions";
import { FormSubmit } from "@/components/ui/form-submit";

export function MarkAppliedButton({ id }: { id: string }) {
  const [state, action, pending] = useActionState<KnowledgeFormState, FormData>(
    markAppliedAction,
    {},
  );
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" aria-label="Mark applied">
      <input type="hidden" name="id" value={id} />
      <FormSubmit
        pending={pending}
        message={state.ok ? state.message : undefined}
        errorId="mark-applied-error"
        error={state.fieldErrors?.form}
      >
        Mark applied
      </FormSubmit>
    </form>
  );
}
