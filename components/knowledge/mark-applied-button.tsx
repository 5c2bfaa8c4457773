"use client";

import { useActionState } from "react";
import { type KnowledgeFormState, markAppliedAction } from "@/app/(app)/knowledge/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";

export function MarkAppliedButton({ id }: { id: string }) {
  const [state, action, pending] = useActionState<KnowledgeFormState, FormData>(
    markAppliedAction,
    {},
  );
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" aria-label="Mark applied">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" disabled={pending}>
        Mark applied
      </Button>
      {state.ok ? (
        <span role="status" className="text-sm text-muted-foreground">
          {state.message}
        </span>
      ) : null}
      <FieldError id="mark-applied-error" message={state.fieldErrors?.form} />
    </form>
  );
}
