"use client";

import { saveProcedureAction } from "@/app/(app)/procedures/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

type Initial = Partial<
  Record<
    "name" | "type" | "shortDescription" | "locationType" | "filePath" | "appliesTo" | "frequency",
    string
  >
> & {
  mandatory?: boolean;
};

export function ProcedureForm({ id, initial = {} }: { id?: string; initial?: Initial }) {
  const { mandatory: initiallyMandatory, ...texts } = initial;
  const { state, formAction, pending, control, field } = useFormAction(saveProcedureAction, {
    idPrefix: "procedure",
    initial: texts,
  });
  const mandatory = state.values ? state.values.mandatory === "on" : Boolean(initiallyMandatory);
  return (
    <form
      action={formAction}
      className="grid max-w-2xl gap-4 sm:grid-cols-2"
      noValidate
      aria-label={id ? "Edit procedure" : "New procedure"}
    >
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormField {...field("name", "Name")}>
        <Input {...control("name")} />
      </FormField>
      <FormField {...field("type", "Type (documentation, session, review…)")}>
        <Input {...control("type")} />
      </FormField>
      <div className="sm:col-span-2">
        <FormField {...field("shortDescription", "Short description")}>
          <Textarea {...control("shortDescription")} rows={3} />
        </FormField>
      </div>
      <FormField {...field("appliesTo", "Applies to (project names, comma-separated, or all)")}>
        <Input {...control("appliesTo")} />
      </FormField>
      <FormField {...field("frequency", "Frequency (session-start, weekly, reference…)")}>
        <Input {...control("frequency")} />
      </FormField>
      <FormField {...field("locationType", "Location type")}>
        <Input {...control("locationType")} />
      </FormField>
      <FormField {...field("filePath", "File path")}>
        <Input {...control("filePath")} />
      </FormField>
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="mandatory" defaultChecked={mandatory} className="size-4" />{" "}
        Mandatory
      </label>
      <div className="flex items-center gap-3 sm:col-span-2">
        <FormSubmit pending={pending} state={state} errorId="procedure-form-error">
          {id ? "Save changes" : "Create procedure"}
        </FormSubmit>
      </div>
    </form>
  );
}
