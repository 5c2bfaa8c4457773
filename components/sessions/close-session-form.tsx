"use client";

import { closeSessionAction } from "@/app/(app)/sessions/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Textarea } from "@/components/ui/textarea";

/** Pre-filled with what the session already holds; lists are one entry per line. */
export function CloseSessionForm({
  sessionId,
  initial,
}: {
  sessionId: string;
  initial: { summary: string; tasks: string; learnings: string; challenges: string };
}) {
  const { state, formAction, pending, control, field } = useFormAction(closeSessionAction, {
    idPrefix: "close",
    initial,
  });
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate aria-label="Close session">
      <input type="hidden" name="sessionId" value={sessionId} />
      <FormField {...field("summary", "Summary")}>
        <Textarea {...control("summary")} rows={3} />
      </FormField>
      <div className="grid gap-4 md:grid-cols-3">
        <FormField {...field("tasks", "Tasks completed (one per line)")}>
          <Textarea {...control("tasks")} rows={4} />
        </FormField>
        <FormField {...field("learnings", "Learnings (one per line)")}>
          <Textarea {...control("learnings")} rows={4} />
        </FormField>
        <FormField {...field("challenges", "Challenges (one per line)")}>
          <Textarea {...control("challenges")} rows={4} />
        </FormField>
      </div>
      <FormSubmit pending={pending} state={state} errorId="close-form-error" className="self-start">
        Close session
      </FormSubmit>
    </form>
  );
}
