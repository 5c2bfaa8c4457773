"use client";

import { useActionState } from "react";
import { createUserAction, type FormState } from "@/app/(app)/settings/users/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { ROLES } from "@/lib/auth/roles";

export function AddUserForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createUserAction, {});
  const error = (field: string) => state.fieldErrors?.[field];
  const fields = [
    { name: "email", label: "Email", type: "email" },
    { name: "name", label: "Name", type: "text" },
    { name: "password", label: "Password", type: "password" },
  ];
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate aria-label="Add user">
      {fields.map((field) => (
        <FormField
          key={field.name}
          id={`new-${field.name}`}
          label={field.label}
          error={error(field.name)}
        >
          <Input
            id={`new-${field.name}`}
            name={field.name}
            type={field.type}
            autoComplete="off"
            defaultValue={field.type === "password" ? undefined : state.values?.[field.name]}
            aria-invalid={Boolean(error(field.name))}
            aria-describedby={`new-${field.name}-error`}
          />
        </FormField>
      ))}
      <FormField id="new-role" label="Role" error={error("role")}>
        <NativeSelect id="new-role" name="role" defaultValue={state.values?.role ?? "viewer"}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          Add user
        </Button>
        {state.ok ? (
          <p role="status" className="text-sm text-muted-foreground">
            {state.message}
          </p>
        ) : null}
        <FieldError id="new-form-error" message={error("form")} />
      </div>
    </form>
  );
}
