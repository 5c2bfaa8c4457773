import type { SettingsFormState } from "@/app/(app)/settings/actions";
import { FieldError } from "@/components/ui/field-error";

/** What a settings form says after a submission: done, or why not (beside its button). */
export function FormOutcome({ id, state }: { id: string; state: SettingsFormState }) {
  if (state.ok) {
    return (
      <span role="status" className="text-sm text-muted-foreground">
        {state.message}
      </span>
    );
  }
  return <FieldError id={`${id}-form-error`} message={state.fieldErrors?.form} />;
}
