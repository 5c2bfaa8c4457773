"use client";

import { useActionState } from "react";
import { changeRoleAction, type FormState } from "@/app/(app)/settings/users/actions";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { NativeSelect } from "@/components/ui/native-select";
import { ROLES, type Role } from "@/lib/auth/roles";

export function ChangeRoleForm({
  userId,
  email,
  role,
}: {
  userId: string;
  email: string;
  role: Role;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(changeRoleAction, {});
  const message = state.fieldErrors?.role ?? state.fieldErrors?.userId ?? state.fieldErrors?.form;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <NativeSelect name="role" defaultValue={role} aria-label={`Role of ${email}`}>
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </NativeSelect>
      <Button type="submit" size="sm" variant="outline" disabled={pending}>
        Save
      </Button>
      <FieldError id={`role-${userId}-error`} message={message} />
    </form>
  );
}
