"use client";

import { changeRoleAction } from "@/app/(app)/settings/users/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormSubmit } from "@/components/ui/form-submit";
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
  const { state, formAction, pending } = useFormAction(changeRoleAction);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <NativeSelect name="role" defaultValue={role} aria-label={`Role of ${email}`}>
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </NativeSelect>
      <FormSubmit
        pending={pending}
        state={state}
        errorId={`role-${userId}-error`}
        error={state.fieldErrors?.role ?? state.fieldErrors?.form}
        size="sm"
        variant="outline"
      >
        Save
      </FormSubmit>
    </form>
  );
}
