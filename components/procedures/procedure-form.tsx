"use client";

import { useActionState } from "react";
import { type ProcedureFormState, saveProcedureAction } from "@/app/(app)/procedures/actions";
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
  const [state, action, pending] = useActionState<ProcedureFormState, FormData>(
    saveProcedureAction,
    {},
  );
  const error = (name: string) => state.fieldErrors?.[name];
  const control = (name: keyof Initial) => ({
    id: `procedure-${name}`,
    name,
    defaultValue:
      state.values?.[name] ?? (typeof initial[name] === "string" ? initial[name] : undefined),
    "aria-invalid": Boolean(error(name)),
    "aria-describedby": `procedure-${name}-error`,
  });
  const mandatory = state.values ? state.values.mandatory === "on" : Boolean(initial.mandatory);
  return (
    <form
      action={action}
      className="grid max-w-2xl gap-4 sm:grid-cols-2"
      noValidate
      aria-label={id ? "Edit procedure" : "New procedure"}
    >
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormField id="procedure-name" label="Name" error={error("name")}>
        <Input {...control("name")} />
      </FormField>
      <FormField
        id="procedure-type"
        label="Type (documentation, session, review…)"
        error={error("type")}
      >
        <Input {...control("type")} />
      </FormField>
      <div className="sm:col-span-2">
        <FormField
          id="procedure-shortDescription"
          label="Short description"
          error={error("shortDescription")}
        >
          <Textarea {...control("shortDescription")} rows={3} />
        </FormField>
      </div>
      <FormField
        id="procedure-appliesTo"
        label="Applies to (project names, comma-separated, or all)"
        error={error("appliesTo")}
      >
        <Input {...control("appliesTo")} />
      </FormField>
      <FormField
        id="procedure-frequency"
        label="Frequency (session-start, weekly, reference…)"
        error={error("frequency")}
      >
        <Input {...control("frequency")} />
      </FormField>
      <FormField id="procedure-locationType" label="Location type" error={error("locationType")}>
        <Input {...control("locationType")} />
      </FormField>
      <FormField id="procedure-filePath" label="File path" error={error("filePath")}>
        <Input {...control("filePath")} />
      </FormField>
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="mandatory" defaultChecked={mandatory} className="size-4" />{" "}
        Mandatory
      </label>
      <div className="flex items-center gap-3 sm:col-span-2">
        <FormSubmit
          pending={pending}
          message={state.ok ? state.message : undefined}
          errorId="procedure-form-error"
          error={error("form")}
        >
          {id ? "Save changes" : "Create procedure"}
        </FormSubmit>
      </div>
    </form>
  );
}
