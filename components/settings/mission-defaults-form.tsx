"use client";

import { saveMissionDefaultsAction } from "@/app/(app)/settings/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { MISSION_APPROVAL_POLICY_LABELS as APPROVAL_POLICY_LABELS } from "@/components/missions/mission-labels";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { MissionDefaults } from "@/lib/validation/settings";

export function MissionDefaultsForm({ defaults }: { defaults: MissionDefaults }) {
  const { state, formAction, pending, control, field } = useFormAction(saveMissionDefaultsAction, {
    idPrefix: "missions",
    initial: {
      workers: String(defaults.workers),
      maxRounds: String(defaults.maxRounds),
      wallTimeMinutes: String(defaults.wallTimeMinutes),
      budgetUsd: defaults.budgetUsd === null ? "" : String(defaults.budgetUsd),
      approvalPolicy: defaults.approvalPolicy,
    },
  });
  return (
    <form
      action={formAction}
      noValidate
      className="grid gap-4 sm:grid-cols-2"
      aria-label="Mission defaults"
    >
      <FormField {...field("workers", "Workers (units at once, 1–32)")}>
        <Input {...control("workers")} inputMode="numeric" />
      </FormField>
      <FormField {...field("maxRounds", "Max rounds (1–100)")}>
        <Input {...control("maxRounds")} inputMode="numeric" />
      </FormField>
      <FormField {...field("wallTimeMinutes", "Wall time (minutes, up to 10080)")}>
        <Input {...control("wallTimeMinutes")} inputMode="numeric" />
      </FormField>
      <FormField {...field("budgetUsd", "Budget (USD, empty for none)")}>
        <Input {...control("budgetUsd")} inputMode="decimal" placeholder="No budget" />
      </FormField>
      <div className="sm:col-span-2">
        <FormField {...field("approvalPolicy", "Approval")}>
          <NativeSelect {...control("approvalPolicy")} className="w-full sm:w-auto">
            {Object.entries(APPROVAL_POLICY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <FormSubmit pending={pending} state={state} errorId="missions-form-error">
          Save mission defaults
        </FormSubmit>
      </div>
    </form>
  );
}
