"use client";

import { useActionState } from "react";
import { createFeedbackAction, type FeedbackFormState } from "@/app/(app)/feedback/actions";
import { TYPE_LABELS } from "@/components/feedback/feedback-labels";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";

export function NewFeedbackForm({ projects }: { projects: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState<FeedbackFormState, FormData>(
    createFeedbackAction,
    {},
  );
  const error = (name: string) => state.fieldErrors?.[name];
  const control = (name: string) => ({
    id: name,
    name,
    defaultValue: state.values?.[name],
    "aria-invalid": Boolean(error(name)),
    "aria-describedby": `${name}-error`,
  });
  return (
    <form
      action={action}
      className="flex max-w-xl flex-col gap-4"
      noValidate
      aria-label="New feedback"
    >
      <FormField id="projectId" label="Project" error={error("projectId")}>
        <NativeSelect {...control("projectId")} defaultValue={state.values?.projectId ?? ""}>
          <option value="">Choose a project</option>
          {projects.map((project) => (
            <option key={project.id} value={project.id}>
              {project.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="type" label="Type" error={error("type")}>
        <NativeSelect {...control("type")} defaultValue={state.values?.type ?? "bug"}>
          {Object.entries(TYPE_LABELS).map(([type, label]) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="title" label="Title" error={error("title")}>
        <Input {...control("title")} />
      </FormField>
      <FormField id="description" label="Description" error={error("description")}>
        <Textarea {...control("description")} rows={5} />
      </FormField>
      <FormField id="priority" label="Priority (1 highest, 5 lowest)" error={error("priority")}>
        <Input
          {...control("priority")}
          type="number"
          min={1}
          max={5}
          defaultValue={state.values?.priority ?? "3"}
        />
      </FormField>
      <FieldError id="form-error" message={error("form")} />
      <Button type="submit" disabled={pending} className="self-start">
        Create feedback
      </Button>
    </form>
  );
}
