"use client";

import { regenerateWebhookSecretAction } from "@/app/(app)/launcher/projects/[id]/webhook-actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormSubmit } from "@/components/ui/form-submit";

/** Replaces one of the project's signing secrets. */
export function RegenerateSecretButton({
  projectId,
  kind,
  label,
}: {
  projectId: string;
  kind: "github" | "standard";
  label: string;
}) {
  const { state, formAction, pending } = useFormAction(regenerateWebhookSecretAction);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="kind" value={kind} />
      <FormSubmit
        pending={pending}
        state={state}
        errorId={`regenerate-${kind}-error`}
        variant="outline"
        size="sm"
      >
        {label}
      </FormSubmit>
    </form>
  );
}
