"use client";

import { createApiTokenAction } from "@/app/(app)/settings/tokens/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { ApiTokenShownOnce } from "@/components/settings/api-token-shown-once";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { Role } from "@/lib/auth/roles";

const LIFETIMES = [
  { value: "30", label: "In 30 days" },
  { value: "1", label: "In 1 day" },
  { value: "7", label: "In 7 days" },
  { value: "90", label: "In 90 days" },
  { value: "365", label: "In a year" },
  { value: "never", label: "Never (until revoked)" },
];

export function ApiTokenCreateForm({ roles }: { roles: readonly Role[] }) {
  const { state, formAction, pending, control, field } = useFormAction(createApiTokenAction, {
    idPrefix: "token",
    initial: { role: "viewer", expiresInDays: "30" },
  });
  const created = state.ok ? state.values : undefined;
  return (
    <div className="grid gap-4">
      <form
        action={formAction}
        className="grid gap-4 sm:grid-cols-3"
        noValidate
        aria-label="Create API token"
      >
        <FormField {...field("name", "Name")}>
          <Input {...control("name")} placeholder="CI status check" autoComplete="off" />
        </FormField>
        <FormField {...field("role", "Role")}>
          <NativeSelect {...control("role")}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField {...field("expiresInDays", "Expires")}>
          <NativeSelect {...control("expiresInDays")}>
            {LIFETIMES.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-3">
          <FormSubmit pending={pending} state={state} errorId="token-form-error">
            Create token
          </FormSubmit>
        </div>
      </form>
      {created?.token ? (
        <ApiTokenShownOnce name={created.tokenName ?? ""} token={created.token} />
      ) : null}
    </div>
  );
}
