"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { changeUserRole } from "@/lib/services/users/change-user-role";
import { createUser } from "@/lib/services/users/create-user";
import { changeRoleSchema, newUserSchema } from "@/lib/validation/users";

export const createUserAction = formAction(
  { role: "admin", schema: newUserSchema, fields: ["email", "name", "role"], secret: ["password"] },
  async ({ actor, input }) => {
    const user = await createUser(actor, input);
    revalidatePath("/settings/users");
    return { ok: true, message: `Added ${user.email} as ${user.role}.` };
  },
);

export const changeRoleAction = formAction(
  { role: "admin", schema: changeRoleSchema, fields: ["role"], hidden: ["userId"] },
  async ({ actor, input }) => {
    await changeUserRole(actor, input.userId, input.role);
    revalidatePath("/settings/users");
    return { ok: true };
  },
);
