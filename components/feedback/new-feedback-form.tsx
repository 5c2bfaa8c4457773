"use client";

import { createFeedbackAction } from "@/app/(app)/feedback/actions";
import { TYPE_LABELS } from "@/components/feedback/feedback-labels";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";

export function NewFeedbackForm({ projects }: { projects: { id: string; name: string }[] }) {
  const { state, formAction, pending, control, field } = useFormAction(createFeedbackAction, {
    initial: { type: "bug", priority: "3" },
  });
  return (
    <form
      action={formAction}
      className="flex max-w-xl flex-col gap-4"
      noValidate
      aria-label="New feedback"
    >
      <FormField {...field("projectId", "Project")}>
        <NativeSelect {...control("projectId")}>
          <option value="">Choose a project</option>
          {projects.map((project) => (
            <option key={project.id} value={project.id}>
              {project.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField {...field("type", "Type")}>
        <NativeSelect {...control("type")}>
          {Object.entries(TYPE_LABELS).map(([type, label]) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField {...field("title", "Title")}>
        <Input {...control("title")} />
      </FormField>
      <FormField {...field("description", "Description")}>
        <Textarea {...control("description")} rows={5} />
      </FormField>
      <FormField {...field("priority", "Priority (1 highest, 5 lowest)")}>
        <Input {...control("priority")} type="number" min={1} max={5} />
      </FormField>
      <FormSubmit pending={pending} state={state} errorId="form-error" className="self-start">
        Create feedback
      </FormSubmit>
    </form>
  );
}
