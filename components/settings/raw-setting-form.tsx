"use client";

import { addRawSettingAction, editRawSettingAction } from "@/app/(app)/settings/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

/** Adds a setting by key, or edits `setting` (its key stays) with its value as JSON text. */
export function RawSettingForm({
  setting,
  formId,
}: {
  setting?: { key: string; json: string; description: string };
  formId: string;
}) {
  const { state, formAction, pending, control, field } = useFormAction(
    setting ? editRawSettingAction : addRawSettingAction,
    {
      idPrefix: formId,
      initial: setting ? { value: setting.json, description: setting.description } : {},
    },
  );
  return (
    <form
      action={formAction}
      noValidate
      className="flex flex-col gap-4"
      aria-label={setting ? `Edit setting ${setting.key}` : "Add a setting"}
    >
      {setting ? (
        <input type="hidden" name="key" value={setting.key} />
      ) : (
        <FormField {...field("key", "Key (letters, digits, . _ - :)")}>
          <Input {...control("key")} autoComplete="off" className="font-mono" />
        </FormField>
      )}
      <FormField {...field("value", "Value (JSON)")}>
        <Textarea
          {...control("value")}
          rows={Math.min((setting?.json.split("\n").length ?? 3) + 1, 16)}
          className="font-mono"
          spellCheck={false}
        />
      </FormField>
      <FormField {...field("description", "Description (optional)")}>
        <Input {...control("description")} autoComplete="off" />
      </FormField>
      <div className="flex flex-wrap items-center gap-3">
        <FormSubmit pending={pending} state={state} errorId={`${formId}-form-error`}>
          {setting ? "Save setting" : "Add setting"}
        </FormSubmit>
      </div>
    </form>
  );
}
