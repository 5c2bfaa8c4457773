import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";

/** A form's submit button, the success message after it, and the form-level error. */
export function FormSubmit({
  children,
  pending,
  message,
  errorId,
  error,
}: {
  children: ReactNode;
  pending: boolean;
  message?: string;
  errorId: string;
  error?: string;
}) {
  return (
    <>
      <Button type="submit" disabled={pending}>
        {children}
      </Button>
      {message ? (
        <span role="status" className="text-sm text-muted-foreground">
          {message}
        </span>
      ) : null}
      <FieldError id={errorId} message={error} />
    </>
  );
}
