"use client";

import { useActionState } from "react";
import { createMissionAction, type MissionFormState } from "@/app/(app)/missions/actions";
import {
  FIXUP_POLICY_LABELS,
  MISSION_APPROVAL_POLICY_LABELS,
} from "@/components/missions/mission-labels";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";

type Field =
  | "projectId"
  | "objective"
  | "workers"
  | "maxRounds"
  | "wallTimeMinutes"
  | "budgetUsd"
  | "agentProfileId"
  | "approvalPolicy"
  | "fixupPolicy"
  | "largeMergeLines";

export function NewMissionForm({
  initial,
  projects,
  profiles,
  defaultProfileId,
}: {
  initial: Record<Field, string>;
  projects: { id: string; name: string }[];
  profiles: { id: string; name: string }[];
  defaultProfileId: string;
}) {
  const [state, action, pending] = useActionState<MissionFormState, FormData>(
    createMissionAction,
    {},
  );
  const error = (name: string) => state.fieldErrors?.[name];
  const control = (name: Field) => ({
    id: `mission-${name}`,
    name,
    defaultValue: state.values?.[name] ?? initial[name],
    "aria-invalid": Boolean(error(name)),
    "aria-describedby": `mission-${name}-error`,
  });
  // React resets a form after its action; a select keeps the default it had when it mounted, so
  // it is mounted again whenever its default changes.
  const selectKey = (name: Field) => `${name}:${control(name).defaultValue}`;
  const chain = state.values ? state.values.chain === "on" : false;
  return (
    <form
      action={action}
      className="grid max-w-2xl gap-4 sm:grid-cols-2"
      noValidate
      aria-label="New mission"
    >
      <div className="sm:col-span-2">
        <FormField id="mission-projectId" label="Project" error={error("projectId")}>
          <NativeSelect key={selectKey("projectId")} {...control("projectId")} className="w-full">
            <option value="">Choose a project</option>
            {projects.map((project) => (
              <option key={project.id} value={project.id}>
                {project.name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>
      <div className="sm:col-span-2">
        <FormField id="mission-objective" label="Objective" error={error("objective")}>
          <Textarea
            {...control("objective")}
            rows={4}
            placeholder="What should be true when the mission is done?"
          />
        </FormField>
      </div>
      <FormField id="mission-workers" label="Workers (units at once, 1–8)" error={error("workers")}>
        <Input {...control("workers")} inputMode="numeric" />
      </FormField>
      <FormField id="mission-maxRounds" label="Max rounds (1–20)" error={error("maxRounds")}>
        <Input {...control("maxRounds")} inputMode="numeric" />
      </FormField>
      <FormField
        id="mission-wallTimeMinutes"
        label="Wall time (minutes, 1–1440)"
        error={error("wallTimeMinutes")}
      >
        <Input {...control("wallTimeMinutes")} inputMode="numeric" />
      </FormField>
      <FormField
        id="mission-budgetUsd"
        label="Budget (USD, empty for none)"
        error={error("budgetUsd")}
      >
        <Input {...control("budgetUsd")} inputMode="decimal" placeholder="No budget" />
      </FormField>
      <div className="sm:col-span-2">
        <FormField
          id="mission-agentProfileId"
          label="Agent profile"
          error={error("agentProfileId")}
        >
          <NativeSelect
            key={selectKey("agentProfileId")}
            {...control("agentProfileId")}
            className="w-full"
          >
            <option value="">The project's profile (else {defaultProfileId})</option>
            {profiles.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {profile.name} ({profile.id})
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>
      <div className="sm:col-span-2">
        <FormField id="mission-approvalPolicy" label="Approval" error={error("approvalPolicy")}>
          <NativeSelect
            key={selectKey("approvalPolicy")}
            {...control("approvalPolicy")}
            className="w-full"
          >
            {Object.entries(MISSION_APPROVAL_POLICY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>
      <FormField
        id="mission-largeMergeLines"
        label="Large merge (lines changed, 1–100000)"
        error={error("largeMergeLines")}
      >
        <Input {...control("largeMergeLines")} inputMode="numeric" />
      </FormField>
      <FormField
        id="mission-fixupPolicy"
        label="When a merge breaks verification"
        error={error("fixupPolicy")}
      >
        <NativeSelect key={selectKey("fixupPolicy")} {...control("fixupPolicy")} className="w-full">
          {Object.entries(FIXUP_POLICY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <label className="flex items-start gap-2 text-sm sm:col-span-2">
        <input
          key={`chain:${chain}`}
          type="checkbox"
          name="chain"
          defaultChecked={chain}
          className="mt-0.5 size-4"
        />
        <span>
          Chain: when the mission ends, offer the critic's next objective as a new mission
        </span>
      </label>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          Start mission
        </Button>
        <FieldError id="mission-form-error" message={error("form")} />
      </div>
    </form>
  );
}
