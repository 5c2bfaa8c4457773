"use client";

import { deleteAgentProfileAction } from "@/app/(app)/settings/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormSubmit } from "@/components/ui/form-submit";

export function DeleteAgentProfileForm({ profileId }: { profileId: string }) {
  const { state, formAction, pending } = useFormAction(deleteAgentProfileAction);
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-center gap-3"
      aria-label={`Delete profile ${profileId}`}
    >
      <input type="hidden" name="profileId" value={profileId} />
      <span className="text-sm">Delete “{profileId}”? Launches can no longer use it.</span>
      <FormSubmit
        pending={pending}
        state={state}
        errorId={`delete-${profileId}-form-error`}
        size="sm"
        variant="destructive"
      >
        Delete profile
      </FormSubmit>
    </form>
  );
}
