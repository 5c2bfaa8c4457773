"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { throttledMessage } from "@/lib/auth/sign-in-throttle-policy";
import { SignInThrottledError } from "@/lib/auth/sign-in-throttled-error";
import type { FormState } from "@/lib/forms/form-state";
import { signInSchema } from "@/lib/validation/sign-in";

const UNREADABLE = "This form could not be read. Reload the page and send it again.";

/**
 * Not a `formAction`: no one is signed in yet, and it answers with one message for the whole form
 * (never which of email or password was wrong).
 */
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!(formData instanceof FormData)) return { fieldErrors: { form: UNREADABLE } };
  const parsed = signInSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
  });
  const email = formData.get("email");
  const values = { email: typeof email === "string" ? email : "" };
  if (!parsed.success)
    return {
      fieldErrors: { form: parsed.error.issues[0]?.message ?? "Check your input." },
      values,
    };
  try {
    await signIn("credentials", {
      ...parsed.data,
      redirectTo: safeCallbackPath(formData.get("callbackUrl")),
    });
    return {};
  } catch (error) {
    if (error instanceof SignInThrottledError)
      return { fieldErrors: { form: throttledMessage(error.waitSeconds) }, values };
    if (error instanceof AuthError)
      return { fieldErrors: { form: "Wrong email or password." }, values };
    throw error;
  }
}
