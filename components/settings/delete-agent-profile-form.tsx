"use client";

import { deleteAgentProfileAction } from "@/app/(app)/settings/actions";
import { FormOutcome } from "@/components/settings/form-outcome";
import { useSettingsForm } from "@/components/settings/use-settings-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";

export function DeleteAgentProfileForm({ profileId }: { profileId: string }) {
  const idPrefix = `delete-${profileId}`;
  const { state, formAction, pending } = useSettingsForm(deleteAgentProfileAction, idPrefix);
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-center gap-3"
      aria-label={`Delete profile ${profileId}`}
    >
      <input type="hidden" name="profileId" value={profileId} />
      <span className="text-sm">Delete “{profileId}”? Launches can no longer use it.</span>
      <Button type="submit" size="sm" variant="destructive" disabled={pending}>
        Delete profile
      </Button>
      <FormOutcome id={idPrefix} state={state} />
      <FieldError id={`${idPrefix}-profileId-error`} message={state.fieldErrors?.profileId} />
    </form>
  );
}
