"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/require";
import { UserInputError } from "@/lib/errors/user-input-error";
import { closeSession } from "@/lib/services/sessions/close-session";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { closeSessionSchema } from "@/lib/validation/sessions";

/** Only failures come back: once closed, the page renders the session closed, without the form. */
export type CloseSessionFormState = {
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

const FIELDS = ["sessionId", "summary", "tasks", "learnings", "challenges"] as const;

export async function closeSessionAction(
  _previous: CloseSessionFormState,
  formData: FormData,
): Promise<CloseSessionFormState> {
  const actor = await requireRole("operator");
  const values = Object.fromEntries(FIELDS.map((name) => [name, String(formData.get(name) ?? "")]));
  const parsed = closeSessionSchema.safeParse(values);
  if (!parsed.success) {
    const { sessionId, ...fieldErrors } = fieldErrorsOf(parsed.error.issues);
    return { fieldErrors: sessionId ? { ...fieldErrors, form: sessionId } : fieldErrors, values };
  }
  const { sessionId, ...closing } = parsed.data;
  try {
    await closeSession(actor, sessionId, closing);
  } catch (error) {
    if (error instanceof UserInputError) return { fieldErrors: { form: error.message }, values };
    throw error;
  }
  revalidatePath(`/sessions/${sessionId}`);
  revalidatePath("/sessions");
  return {};
}
