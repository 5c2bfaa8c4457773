"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/require";
import { UserInputError } from "@/lib/errors/user-input-error";
import { changeUserRole } from "@/lib/services/users/change-user-role";
import { createUser } from "@/lib/services/users/create-user";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { changeRoleSchema, newUserSchema } from "@/lib/validation/users";

export type FormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What was sent, so a rejected form shows it again (never the password). */
  values?: Record<string, string>;
};

async function asFormState(work: () => Promise<string>): Promise<FormState> {
  try {
    const message = await work();
    revalidatePath("/settings/users");
    return { ok: true, message };
  } catch (error) {
    if (error instanceof UserInputError)
      return { fieldErrors: { [error.field ?? "form"]: error.message } };
    throw error;
  }
}

export async function createUserAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole("admin");
  const values = {
    email: String(formData.get("email") ?? ""),
    name: String(formData.get("name") ?? ""),
    role: String(formData.get("role") ?? ""),
  };
  const parsed = newUserSchema.safeParse({ ...values, password: formData.get("password") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  const state = await asFormState(async () => {
    const user = await createUser(actor, parsed.data);
    return `Added ${user.email} as ${user.role}.`;
  });
  return state.ok ? state : { ...state, values };
}

export async function changeRoleAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireRole("admin");
  const parsed = changeRoleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues) };
  return asFormState(async () => {
    const user = await changeUserRole(actor, parsed.data.userId, parsed.data.role);
    return `${user.email} is now ${user.role}.`;
  });
}
