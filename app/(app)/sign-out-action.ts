"use server";

import { signOut } from "@/lib/auth/auth";
import { formAction } from "@/lib/forms/form-action";
import { signOutEverywhere } from "@/lib/services/users/sign-out-everywhere";
import { signOutEverywhereSchema } from "@/lib/validation/sign-out-everywhere";

/** Ends this browser's session: its JWT is refused from now on (see `revokeSession`). */
export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}

export const signOutEverywhereAction = formAction(
  { role: "viewer", schema: signOutEverywhereSchema, hidden: ["scope"] },
  async ({ actor }) => {
    await signOutEverywhere(actor);
    await signOut({ redirectTo: "/login" });
    return {};
  },
);
