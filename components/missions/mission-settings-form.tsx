"use client";

import { useActionState } from "react";
import { type MissionFormState, saveMissionSettingsAction } from "@/app/(app)/missions/actions";
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
  const [state, action, pending] = useActionState<MissionFormState, FormData>(
    saveMissionSettingsAction,
    {},
  );
  const error = (name: string) => state.fieldErrors?.[name];
  const control = (name: Field) => ({
    id: `mission-settings-${name}`,
    name,
    defaultValue: state.values?.[name] ?? initial[name],
    "aria-invalid": Boolean(error(name)),
    "aria-describedby": `mission-settings-${name}-error`,
  });
  const profile = control("agentProfileId");
  const known = profiles.some((option) => option.id === initial.agentProfileId);
  return (
    <form
      action={action}
      className="grid max-w-2xl gap-4 sm:grid-cols-2"
      noValidate
      aria-label="Mission settings"
    >
      <input type="hidden" name="projectId" value={projectId} />
      <div className="sm:col-span-2">
        <FormField
          id="mission-settings-cloneUrl"
          label="Clone URL (optional: cloned into the data directory instead of using the folder)"
          error={error("cloneUrl")}
        >
          <Input {...control("cloneUrl")} className="font-mono" placeholder="https://…" />
        </FormField>
      </div>
      <FormField id="mission-settings-baseBranch" label="Base branch" error={error("baseBranch")}>
        <Input {...control("baseBranch")} className="font-mono" />
      </FormField>
      <FormField
        id="mission-settings-greenBranch"
        label="Green branch (merged, verified work)"
        error={error("greenBranch")}
      >
        <Input {...control("greenBranch")} className="font-mono" placeholder="mc/green" />
      </FormField>
      <div className="sm:col-span-2">
        <FormField
          id="mission-settings-verifyCommand"
          label='Verification command (one line, split on spaces; "quotes" keep spaces; no shell)'
          error={error("verifyCommand")}
        >
          <Input {...control("verifyCommand")} className="font-mono" placeholder="npm test" />
        </FormField>
      </div>
      <FormField
        id="mission-settings-agentProfileId"
        label="Agent profile"
        error={error("agentProfileId")}
      >
        <NativeSelect key={`profile:${profile.defaultValue}`} {...profile} className="w-full">
          <option value="">Default ({defaultProfileId})</option>
          {known || !initial.agentProfileId ? null : (
            <option value={initial.agentProfileId}>{initial.agentProfileId} (missing)</option>
          )}
          {profiles.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name} ({option.id})
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField
        id="mission-settings-defaultWorkers"
        label="Default workers (1–8)"
        error={error("defaultWorkers")}
      >
        <Input {...control("defaultWorkers")} inputMode="numeric" />
      </FormField>
      <FormField
        id="mission-settings-pushRemote"
        label="Push remote (optional, for example origin)"
        error={error("pushRemote")}
      >
        <Input {...control("pushRemote")} className="font-mono" />
      </FormField>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <FormSubmit
          pending={pending}
          message={state.ok ? state.message : undefined}
          errorId="mission-settings-form-error"
          error={error("form")}
        >
          Save mission settings
        </FormSubmit>
      </div>
    </form>
  );
}
