"use client";

import { createUserAction } from "@/app/(app)/settings/users/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { ROLES } from "@/lib/auth/roles";

const FIELDS = [
  { name: "email", label: "Email", type: "email" },
  { name: "name", label: "Name", type: "text" },
  { name: "password", label: "Password", type: "password" },
];

export function AddUserForm() {
  const { state, formAction, pending, control, field } = useFormAction(createUserAction, {
    idPrefix: "new",
    initial: { role: "viewer" },
  });
  return (
    <form
      action={formAction}
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      aria-label="Add user"
    >
      {FIELDS.map(({ name, label, type }) => (
        <FormField key={name} {...field(name, label)}>
          <Input {...control(name)} type={type} autoComplete="off" />
        </FormField>
      ))}
      <FormField {...field("role", "Role")}>
        <NativeSelect {...control("role")}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <div className="flex items-center gap-3 sm:col-span-2">
        <FormSubmit pending={pending} state={state} errorId="new-form-error">
          Add user
        </FormSubmit>
      </div>
    </form>
  );
}
