import type { ComponentProps, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import type { FormState } from "@/lib/forms/form-state";

/**
 * A form's submit button and what the last submission came to: its success message, or the
 * form's error (`error` when the form shows another field's message there too).
 */
export function FormSubmit({
  children,
  pending,
  state,
  errorId,
  error = state.fieldErrors?.form,
  ...button
}: {
  children: ReactNode;
  pending: boolean;
  state: FormState;
  errorId: string;
  error?: string;
} & Pick<ComponentProps<typeof Button>, "size" | "variant" | "className">) {
  return (
    <>
      <Button type="submit" disabled={pending} {...button}>
        {children}
      </Button>
      {state.ok && state.message ? (
        <span role="status" className="text-sm text-muted-foreground">
          {state.message}
        </span>
      ) : null}
      <FieldError id={errorId} message={error} />
    </>
  );
}
