"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms/form-state";

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form's action state and the props of its controls: ids `<idPrefix>-<name>` (the bare name
 * without a prefix), values from the last submission (so a refused form keeps them) or else from
 * `initial`, and each control described by its error (`<id>-error`, see `FormField`).
 */
export function useFormAction(
  action: FormAction,
  { idPrefix, initial = {} }: { idPrefix?: string; initial?: Partial<Record<string, string>> } = {},
) {
  const [state, formAction, pending] = useActionState(action, {});
  const idOf = (name: string) => (idPrefix ? `${idPrefix}-${name}` : name);
  const error = (name: string) => state.fieldErrors?.[name];
  const control = (name: string) => ({
    id: idOf(name),
    name,
    defaultValue: state.values?.[name] ?? initial[name] ?? "",
    "aria-invalid": Boolean(error(name)),
    "aria-describedby": `${idOf(name)}-error`,
  });
  const field = (name: string, label: string) => ({ id: idOf(name), label, error: error(name) });
  return { state, formAction, pending, control, field };
}
