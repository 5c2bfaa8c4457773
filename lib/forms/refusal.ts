import type { FormState } from "@/lib/forms/form-state";

/**
 * A refused form: each message beside its input, and what was typed, so the form keeps it. An
 * input that has no place for a message (`hidden`) gets its message shown as the form's.
 */
export function refusal(
  errors: Record<string, string>,
  { hidden = [], values }: { hidden?: readonly string[]; values: Record<string, string> },
): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const [name, message] of Object.entries(errors)) {
    if (hidden.includes(name)) fieldErrors.form ??= message;
    else fieldErrors[name] = message;
  }
  return { fieldErrors, values };
}
