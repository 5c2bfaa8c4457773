"use client";

import { useActionState } from "react";
import { type CloseSessionFormState, closeSessionAction } from "@/app/(app)/sessions/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";

/** Pre-filled with what the session already holds; lists are one entry per line. */
export function CloseSessionForm({
  sessionId,
  initial,
}: {
  sessionId: string;
  initial: { summary: string; tasks: string; learnings: string; challenges: string };
}) {
  const [state, action, pending] = useActionState<CloseSessionFormState, FormData>(
    closeSessionAction,
    {},
  );
  const error = (name: string) => state.fieldErrors?.[name];
  const control = (name: keyof typeof initial) => ({
    id: `close-${name}`,
    name,
    defaultValue: state.values?.[name] ?? initial[name],
    "aria-invalid": Boolean(error(name)),
    "aria-describedby": `close-${name}-error`,
  });
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-label="Close session">
      <input type="hidden" name="sessionId" value={sessionId} />
      <FormField id="close-summary" label="Summary" error={error("summary")}>
        <Textarea {...control("summary")} rows={3} />
      </FormField>
      <div className="grid gap-4 md:grid-cols-3">
        <FormField id="close-tasks" label="Tasks completed (one per line)" error={error("tasks")}>
          <Textarea {...control("tasks")} rows={4} />
        </FormField>
        <FormField id="close-learnings" label="Learnings (one per line)" error={error("learnings")}>
          <Textarea {...control("learnings")} rows={4} />
        </FormField>
        <FormField
          id="close-challenges"
          label="Challenges (one per line)"
          error={error("challenges")}
        >
          <Textarea {...control("challenges")} rows={4} />
        </FormField>
      </div>
      <FieldError id="close-form-error" message={error("form")} />
      <Button type="submit" disabled={pending} className="self-start">
        Close session
      </Button>
    </form>
  );
}
