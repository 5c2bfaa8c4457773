"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { signInSchema } from "@/lib/validation/sign-in";

export type SignInState = { error?: string; email?: string };

export async function signInAction(
  _previous: SignInState,
  formData: FormData,
): Promise<SignInState> {
  const parsed = signInSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
  });
  const email = String(formData.get("email") ?? "");
  if (!parsed.success)
    return { error: parsed.error.issues[0]?.message ?? "Check your input.", email };
  try {
    await signIn("credentials", {
      ...parsed.data,
      redirectTo: safeCallbackPath(formData.get("callbackUrl")),
    });
    return {};
  } catch (error) {
    if (error instanceof AuthError) return { error: "Wrong email or password.", email };
    throw error;
  }
}
