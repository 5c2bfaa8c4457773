"use client";

import { saveMissionSettingsAction } from "@/app/(app)/missions/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";

type Field =
  | "cloneUrl"
  | "baseBranch"
  | "greenBranch"
  | "verifyCommand"
  | "agentProfileId"
  | "defaultWorkers"
  | "pushRemote";

export function MissionSettingsForm({
  projectId,
  initial,
  profiles,
  defaultProfileId,
}: {
  projectId: string;
  initial: Record<Field, string>;
  profiles: { id: string; name: string }[];
  defaultProfileId: string;
}) {
  const { state, formAction, pending, control, field } = useFormAction(saveMissionSettingsAction, {
    idPrefix: "mission-settings",
    initial,
  });
  const profile = control("agentProfileId");
  const known = profiles.some((option) => option.id === initial.agentProfileId);
  return (
    <form
      action={formAction}
      className="grid max-w-2xl gap-4 sm:grid-cols-2"
      noValidate
      aria-label="Mission settings"
    >
      <input type="hidden" name="projectId" value={projectId} />
      <div className="sm:col-span-2">
        <FormField
          {...field(
            "cloneUrl",
            "Clone URL (optional: cloned into the data directory instead of using the folder)",
          )}
        >
          <Input {...control("cloneUrl")} className="font-mono" placeholder="https://…" />
        </FormField>
      </div>
      <FormField {...field("baseBranch", "Base branch")}>
        <Input {...control("baseBranch")} className="font-mono" />
      </FormField>
      <FormField {...field("greenBranch", "Green branch (merged, verified work)")}>
        <Input {...control("greenBranch")} className="font-mono" placeholder="mc/green" />
      </FormField>
      <div className="sm:col-span-2">
        <FormField
          {...field(
            "verifyCommand",
            'Verification command (one line, split on spaces; "quotes" keep spaces; no shell)',
          )}
        >
          <Input {...control("verifyCommand")} className="font-mono" placeholder="npm test" />
        </FormField>
      </div>
      <FormField {...field("agentProfileId", "Agent profile")}>
        <NativeSelect key={`profile:${profile.defaultValue}`} {...profile} className="w-full">
          <option value="">Default ({defaultProfileId})</option>
          {known || !initial.agentProfileId ? null : (
            <option value={initial.agentProfileId}>
              {initial.agentProfileId} (missing, or its CLI is not installed)
            </option>
          )}
          {profiles.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name} ({option.id})
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField {...field("defaultWorkers", "Default workers (1–8)")}>
        <Input {...control("defaultWorkers")} inputMode="numeric" />
      </FormField>
      <FormField {...field("pushRemote", "Push remote (optional, for example origin)")}>
        <Input {...control("pushRemote")} className="font-mono" />
      </FormField>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <FormSubmit pending={pending} state={state} errorId="mission-settings-form-error">
          Save mission settings
        </FormSubmit>
      </div>
    </form>
  );
}
