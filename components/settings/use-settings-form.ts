"use client";

import { useActionState } from "react";
import type { SettingsFormState } from "@/app/(app)/settings/actions";

type SettingsAction = (
  previous: SettingsFormState,
  formData: FormData,
) => Promise<SettingsFormState>;

/**
 * A settings form's state and the props of its controls: ids prefixed with `idPrefix`, values
 * from the last submission (so a rejected form keeps them) or else from `initial`.
 */
export function useSettingsForm(
  action: SettingsAction,
  idPrefix: string,
  initial: Record<string, string> = {},
) {
  const [state, formAction, pending] = useActionState(action, {});
  const error = (name: string) => state.fieldErrors?.[name];
  const control = (name: string) => ({
    id: `${idPrefix}-${name}`,
    name,
    defaultValue: state.values?.[name] ?? initial[name] ?? "",
    "aria-invalid": Boolean(error(name)),
    "aria-describedby": `${idPrefix}-${name}-error`,
  });
  const field = (name: string, label: string) => ({
    id: `${idPrefix}-${name}`,
    label,
    error: error(name),
  });
  return { state, formAction, pending, control, field };
}
