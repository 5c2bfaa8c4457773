"use client";

import { createMissionAction } from "@/app/(app)/missions/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import {
  FIXUP_POLICY_LABELS,
  MISSION_APPROVAL_POLICY_LABELS,
  TOOL_REFUSED_POLICY_LABELS,
} from "@/components/missions/mission-labels";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
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
  | "toolRefusedPolicy"
  | "largeMergeLines"
  | "mergeBatchSize";

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
  const { state, formAction, pending, control, field } = useFormAction(createMissionAction, {
    idPrefix: "mission",
    initial,
  });
  // React resets a form after its action; a select keeps the default it had when it mounted, so
  // it is mounted again whenever its default changes.
  const selectKey = (name: Field) => `${name}:${control(name).defaultValue}`;
  const chain = state.values ? state.values.chain === "on" : false;
  const policySelect = (name: Field, labels: Record<string, string>) => (
    <NativeSelect key={selectKey(name)} {...control(name)} className="w-full">
      {Object.entries(labels).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </NativeSelect>
  );
  return (
    <form
      action={formAction}
      className="grid max-w-2xl gap-4 sm:grid-cols-2"
      noValidate
      aria-label="New mission"
    >
      <div className="sm:col-span-2">
        <FormField {...field("projectId", "Project")}>
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
        <FormField {...field("objective", "Objective")}>
          <Textarea
            {...control("objective")}
            rows={4}
            placeholder="What should be true when the mission is done?"
          />
        </FormField>
      </div>
      <FormField {...field("workers", "Workers (units at once, 1–8)")}>
        <Input {...control("workers")} inputMode="numeric" />
      </FormField>
      <FormField {...field("maxRounds", "Max rounds (1–20)")}>
        <Input {...control("maxRounds")} inputMode="numeric" />
      </FormField>
      <FormField {...field("wallTimeMinutes", "Wall time (minutes, 1–1440)")}>
        <Input {...control("wallTimeMinutes")} inputMode="numeric" />
      </FormField>
      <FormField {...field("budgetUsd", "Budget (USD, empty for none)")}>
        <Input {...control("budgetUsd")} inputMode="decimal" placeholder="No budget" />
      </FormField>
      <div className="sm:col-span-2">
        <FormField {...field("agentProfileId", "Agent profile")}>
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
        <FormField {...field("approvalPolicy", "Approval")}>
          {policySelect("approvalPolicy", MISSION_APPROVAL_POLICY_LABELS)}
        </FormField>
      </div>
      <FormField {...field("largeMergeLines", "Large merge (lines changed, 1–100000)")}>
        <Input {...control("largeMergeLines")} inputMode="numeric" />
      </FormField>
      <FormField {...field("fixupPolicy", "When a merge breaks verification")}>
        {policySelect("fixupPolicy", FIXUP_POLICY_LABELS)}
      </FormField>
      <FormField
        {...field("mergeBatchSize", "Merge batch (units verified together, 1–32; 1 = each alone)")}
      >
        <Input {...control("mergeBatchSize")} inputMode="numeric" />
      </FormField>
      <div className="sm:col-span-2">
        <FormField {...field("toolRefusedPolicy", "When the agent is refused a tool")}>
          {policySelect("toolRefusedPolicy", TOOL_REFUSED_POLICY_LABELS)}
        </FormField>
      </div>
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
        <FormSubmit pending={pending} state={state} errorId="mission-form-error">
          Start mission
        </FormSubmit>
      </div>
    </form>
  );
}
