"use client";

import { addAgentProfileAction, editAgentProfileAction } from "@/app/(app)/settings/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import {
  AGENT_KINDS,
  type AgentProfile,
  OUTPUT_FORMATS,
  PERMISSION_MODES,
} from "@/lib/validation/agent-profiles";

const NEW_PROFILE = {
  kind: "generic",
  args: "{prompt}",
  permissionMode: "default",
  timeoutSeconds: "3600",
  outputFormat: "text",
};

function asFormValues(profile: AgentProfile): Record<string, string> {
  return {
    id: profile.id,
    name: profile.name,
    kind: profile.kind,
    command: profile.command,
    args: profile.args.join("\n"),
    env: Object.entries(profile.env)
      .map(([name, value]) => `${name}=${value}`)
      .join("\n"),
    permissionMode: profile.permissionMode,
    timeoutSeconds: String(profile.timeoutSeconds),
    outputFormat: profile.outputFormat,
  };
}

/** Adds a profile, or edits `profile` (whose id stays: launches and missions refer to it). */
export function AgentProfileForm({ profile }: { profile?: AgentProfile }) {
  const idPrefix = `profile-${profile?.id ?? "new"}`;
  const { state, formAction, pending, control, field } = useFormAction(
    profile ? editAgentProfileAction : addAgentProfileAction,
    { idPrefix, initial: profile ? asFormValues(profile) : NEW_PROFILE },
  );
  const options = (values: readonly string[]) =>
    values.map((value) => (
      <option key={value} value={value}>
        {value}
      </option>
    ));
  return (
    <form
      action={formAction}
      noValidate
      className="grid gap-4 sm:grid-cols-2"
      aria-label={profile ? `Edit profile ${profile.id}` : "Add agent profile"}
    >
      <FormField {...field("id", "Id (lowercase letters, digits, dashes)")}>
        <Input {...control("id")} readOnly={Boolean(profile)} autoComplete="off" />
      </FormField>
      <FormField {...field("name", "Name")}>
        <Input {...control("name")} autoComplete="off" />
      </FormField>
      <FormField {...field("kind", "Kind")}>
        <NativeSelect {...control("kind")}>{options(AGENT_KINDS)}</NativeSelect>
      </FormField>
      <FormField {...field("command", "Command (scripted profiles ignore it)")}>
        <Input {...control("command")} autoComplete="off" className="font-mono" />
      </FormField>
      <div className="sm:col-span-2">
        <FormField
          {...field(
            "args",
            "Arguments, one per line ({prompt} and {permissionMode} are filled in)",
          )}
        >
          <Textarea {...control("args")} rows={5} className="font-mono" spellCheck={false} />
        </FormField>
      </div>
      <div className="sm:col-span-2">
        <FormField {...field("env", "Environment, one KEY=value per line")}>
          <Textarea {...control("env")} rows={3} className="font-mono" spellCheck={false} />
        </FormField>
      </div>
      <FormField {...field("permissionMode", "Permission mode")}>
        <NativeSelect {...control("permissionMode")}>{options(PERMISSION_MODES)}</NativeSelect>
      </FormField>
      <FormField {...field("outputFormat", "Output format")}>
        <NativeSelect {...control("outputFormat")}>{options(OUTPUT_FORMATS)}</NativeSelect>
      </FormField>
      <FormField {...field("timeoutSeconds", "Timeout (seconds)")}>
        <Input {...control("timeoutSeconds")} inputMode="numeric" />
      </FormField>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <FormSubmit pending={pending} state={state} errorId={`${idPrefix}-form-error`}>
          {profile ? "Save profile" : "Add profile"}
        </FormSubmit>
      </div>
    </form>
  );
}
