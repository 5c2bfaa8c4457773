"use client";

import { setDefaultProfileAction } from "@/app/(app)/settings/actions";
import { FormOutcome } from "@/components/settings/form-outcome";
import { useSettingsForm } from "@/components/settings/use-settings-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";

export function DefaultProfileForm({
  profiles,
  defaultProfile,
}: {
  profiles: { id: string; name: string }[];
  defaultProfile: string;
}) {
  const { state, formAction, pending, control, field } = useSettingsForm(
    setDefaultProfileAction,
    "default-profile",
    { profileId: defaultProfile },
  );
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
              {profile.name} ({profile.id})
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <Button type="submit" variant="outline" disabled={pending}>
        Save default
      </Button>
      <FormOutcome id="default-profile" state={state} />
    </form>
  );
}
