"use client";

import { useActionState } from "react";
import { type LauncherFormState, saveProjectAction } from "@/app/(app)/launcher/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
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
  const [state, action, pending] = useActionState<LauncherFormState, FormData>(
    saveProjectAction,
    {},
  );
  const error = (name: string) => state.fieldErrors?.[name];
  const control = (name: Fields) => ({
    id: `project-${name}`,
    name,
    defaultValue: state.values?.[name] ?? initial[name],
    "aria-invalid": Boolean(error(name)),
    "aria-describedby": `project-${name}-error`,
  });
  return (
    <form
      action={action}
      className="grid max-w-2xl gap-4 sm:grid-cols-2"
      noValidate
      aria-label={id ? "Edit project" : "Register project"}
    >
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormField id="project-name" label="Name" error={error("name")}>
        <Input {...control("name")} />
      </FormField>
      <FormField id="project-type" label="Type (web, cli, library…)" error={error("type")}>
        <Input {...control("type")} />
      </FormField>
      <div className="sm:col-span-2">
        <FormField id="project-path" label="Folder (absolute path)" error={error("path")}>
          <Input {...control("path")} className="font-mono" />
        </FormField>
      </div>
      <div className="sm:col-span-2">
        <FormField id="project-description" label="Description" error={error("description")}>
          <Textarea {...control("description")} rows={3} />
        </FormField>
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {id ? "Save changes" : "Register project"}
        </Button>
        <FieldError id="project-form-error" message={error("form")} />
      </div>
    </form>
  );
}
