"use client";

import { useState } from "react";
import { addAgentProfileAction, editAgentProfileAction } from "@/app/(app)/settings/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { FormState } from "@/lib/forms/form-state";
import {
  AGENT_KINDS,
  type AgentKind,
  type AgentProfile,
  type CliAgentKind,
  isCliAgentKind,
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
    extraArgs: profile.extraArgs.join("\n"),
    model: profile.model,
    apiBaseUrl: profile.apiBaseUrl,
    env: Object.entries(profile.env)
      .map(([name, value]) => `${name}=${value}`)
      .join("\n"),
    permissionMode: profile.permissionMode,
    timeoutSeconds: String(profile.timeoutSeconds),
    outputFormat: profile.outputFormat,
  };
}

/**
 * Adds a profile, or edits `profile` (whose id stays: launches and missions refer to it). A real
 * CLI (claude-code, codex, gemini) takes a model, a base URL, an API key and extra arguments; a
 * generic or scripted profile its command and whole argument list. The kinds offered are generic,
 * scripted and the CLIs installed here (and the profile's own kind, marked, when it is not).
 * The API key is write-only: the form learns only whether one is set.
 */
export function AgentProfileForm({
  profile,
  installedKinds,
  hasApiKey = false,
}: {
  profile?: AgentProfile;
  installedKinds: readonly CliAgentKind[];
  hasApiKey?: boolean;
}) {
  const idPrefix = `profile-${profile?.id ?? "new"}`;
  const initial = profile ? asFormValues(profile) : NEW_PROFILE;
  const { state, formAction, pending, control, field } = useFormAction(
    profile ? editAgentProfileAction : addAgentProfileAction,
    { idPrefix, initial },
  );
  // The kind chosen since the last answer; a submission starts again from what was sent.
  const [picked, setPicked] = useState<{ answer: FormState; kind: string }>();
  const kind =
    picked?.answer === state ? picked.kind : (state.values?.kind ?? initial.kind ?? "generic");
  const realCli = isCliAgentKind(kind as AgentKind);
  const kinds = AGENT_KINDS.filter(
    (candidate) =>
      !isCliAgentKind(candidate) ||
      installedKinds.includes(candidate) ||
      candidate === profile?.kind,
  );
  // React resets a form after its action; a select or checkbox keeps the default it had when it
  // mounted, so it is mounted again whenever its default changes.
  const remountKey = (name: string) => `${name}:${control(name).defaultValue}`;
  const removeKey = state.values?.removeApiKey === "on";
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
        <NativeSelect
          key={remountKey("kind")}
          {...control("kind")}
          onChange={(event) => setPicked({ answer: state, kind: event.target.value })}
        >
          {kinds.map((value) => (
            <option key={value} value={value}>
              {isCliAgentKind(value) && !installedKinds.includes(value)
                ? `${value} (not installed)`
                : value}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      {realCli ? (
        <>
          <input type="hidden" name="outputFormat" value="stream-json" />
          <FormField {...field("model", "Model (empty: the CLI's default)")}>
            <Input
              {...control("model")}
              autoComplete="off"
              spellCheck={false}
              className="font-mono"
            />
          </FormField>
          <div className="sm:col-span-2">
            <FormField {...field("apiBaseUrl", "API base URL (empty: the provider's own)")}>
              <Input
                {...control("apiBaseUrl")}
                type="url"
                inputMode="url"
                autoComplete="off"
                spellCheck={false}
                placeholder="https://…"
                className="font-mono"
              />
            </FormField>
          </div>
          <div className="flex flex-col gap-2 sm:col-span-2">
            <FormField
              {...field(
                "apiKey",
                hasApiKey
                  ? "API key (a key is set: leave empty to keep it, or enter a new one)"
                  : "API key (no key is set)",
              )}
            >
              <Input
                {...control("apiKey")}
                type="password"
                autoComplete="new-password"
                spellCheck={false}
                className="font-mono"
              />
            </FormField>
            <p className="text-xs text-muted-foreground" data-testid="api-key-status">
              {hasApiKey ? "A key is set." : "No key is set."} A key is stored encrypted and never
              shown again.
            </p>
            {hasApiKey ? (
              <label className="flex items-start gap-2 text-sm">
                <input
                  key={`removeApiKey:${removeKey}`}
                  type="checkbox"
                  name="removeApiKey"
                  defaultChecked={removeKey}
                  className="mt-0.5 size-4"
                />
                <span>Remove the stored key</span>
              </label>
            ) : null}
          </div>
          <div className="sm:col-span-2">
            <FormField
              {...field(
                "extraArgs",
                "Extra arguments, one per line (after the flags Mission Control passes)",
              )}
            >
              <Textarea
                {...control("extraArgs")}
                rows={3}
                className="font-mono"
                spellCheck={false}
              />
            </FormField>
          </div>
        </>
      ) : (
        <>
          <FormField {...field("command", "Command (scripted profiles ignore it)")}>
            <Input {...control("command")} autoComplete="off" className="font-mono" />
          </FormField>
          <FormField {...field("outputFormat", "Output format")}>
            <NativeSelect key={remountKey("outputFormat")} {...control("outputFormat")}>
              {options(OUTPUT_FORMATS)}
            </NativeSelect>
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
        </>
      )}
      <div className="sm:col-span-2">
        <FormField {...field("env", "Environment, one KEY=value per line")}>
          <Textarea {...control("env")} rows={3} className="font-mono" spellCheck={false} />
        </FormField>
      </div>
      <FormField {...field("permissionMode", "Permission mode")}>
        <NativeSelect key={remountKey("permissionMode")} {...control("permissionMode")}>
          {options(PERMISSION_MODES)}
        </NativeSelect>
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
