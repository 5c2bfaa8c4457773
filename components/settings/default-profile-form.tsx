"use client";

import { setDefaultProfileAction } from "@/app/(app)/settings/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { NativeSelect } from "@/components/ui/native-select";

export function DefaultProfileForm({
  profiles,
  defaultProfile,
}: {
  /** The profiles that can run here, and the current default even when it cannot (marked). */
  profiles: { id: string; name: string; notInstalled?: boolean }[];
  defaultProfile: string;
}) {
  const { state, formAction, pending, control, field } = useFormAction(setDefaultProfileAction, {
    idPrefix: "default-profile",
    initial: { profileId: defaultProfile },
  });
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-end gap-3"
      aria-label="Default agent profile"
    >
      <FormField {...field("profileId", "Default profile")}>
        <NativeSelect {...control("profileId")} className="max-w-full">
          {profiles.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profile.name} ({profile.id}){profile.notInstalled ? " – not installed" : ""}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormSubmit
        pending={pending}
        state={state}
        errorId="default-profile-form-error"
        variant="outline"
      >
        Save default
      </FormSubmit>
    </form>
  );
}
