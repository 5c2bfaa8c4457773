"use client";

import type { FormAction } from "@/components/forms/use-form-action";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormSubmit } from "@/components/ui/form-submit";

/** A one-button form that sends an id: test, delete, re-send. */
export function IdActionForm({
  action,
  name,
  value,
  label,
  ariaLabel,
  variant = "outline",
}: {
  action: FormAction;
  name: string;
  value: string;
  label: string;
  ariaLabel: string;
  variant?: "outline" | "destructive";
}) {
  const { state, formAction, pending } = useFormAction(action);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2" aria-label={ariaLabel}>
      <input type="hidden" name={name} value={value} />
      <FormSubmit
        pending={pending}
        state={state}
        errorId={`${ariaLabel.replace(/\W+/g, "-")}-error`}
        size="sm"
        variant={variant}
      >
        {label}
      </FormSubmit>
    </form>
  );
}
