"use client";

import { saveProjectAction } from "@/app/(app)/launcher/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

type Fields = "name" | "path" | "type" | "description";

export function ProjectForm({
  id,
  initial = {},
}: {
  id?: string;
  initial?: Partial<Record<Fields, string>>;
}) {
  const { state, formAction, pending, control, field } = useFormAction(saveProjectAction, {
    idPrefix: "project",
    initial,
  });
  return (
    <form
      action={formAction}
      className="grid max-w-2xl gap-4 sm:grid-cols-2"
      noValidate
      aria-label={id ? "Edit project" : "Register project"}
    >
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormField {...field("name", "Name")}>
        <Input {...control("name")} />
      </FormField>
      <FormField {...field("type", "Type (web, cli, library…)")}>
        <Input {...control("type")} />
      </FormField>
      <div className="sm:col-span-2">
        <FormField {...field("path", "Folder (absolute path)")}>
          <Input {...control("path")} className="font-mono" />
        </FormField>
      </div>
      <div className="sm:col-span-2">
        <FormField {...field("description", "Description")}>
          <Textarea {...control("description")} rows={3} />
        </FormField>
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <FormSubmit pending={pending} state={state} errorId="project-form-error">
          {id ? "Save changes" : "Register project"}
        </FormSubmit>
      </div>
    </form>
  );
}
