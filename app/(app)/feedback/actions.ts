"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/require";
import { UserInputError } from "@/lib/errors/user-input-error";
import { addFeedbackComment } from "@/lib/services/feedback/add-feedback-comment";
import { changeFeedbackStatus } from "@/lib/services/feedback/change-feedback-status";
import { createFeedback } from "@/lib/services/feedback/create-feedback";
import { newCommentSchema, newFeedbackSchema, statusChangeSchema } from "@/lib/validation/feedback";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

export type FeedbackFormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

export async function createFeedbackAction(
  _previous: FeedbackFormState,
  formData: FormData,
): Promise<FeedbackFormState> {
  const actor = await requireRole("operator");
  const values = Object.fromEntries(
    ["projectId", "type", "title", "description", "priority"].map((name) => [
      name,
      text(formData, name),
    ]),
  );
  const parsed = newFeedbackSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  let id: string;
  try {
    id = (await createFeedback(actor, parsed.data)).id;
  } catch (error) {
    if (error instanceof UserInputError)
      return { fieldErrors: { [error.field ?? "form"]: error.message }, values };
    throw error;
  }
  revalidatePath("/feedback");
  redirect(`/feedback/${id}`);
}

export async function addCommentAction(
  _previous: FeedbackFormState,
  formData: FormData,
): Promise<FeedbackFormState> {
  const actor = await requireRole("operator");
  const parsed = newCommentSchema.safeParse({
    feedbackId: text(formData, "feedbackId"),
    text: text(formData, "text"),
  });
  if (!parsed.success)
    return {
      fieldErrors: fieldErrorsOf(parsed.error.issues),
      values: { text: text(formData, "text") },
    };
  try {
    await addFeedbackComment(actor, parsed.data.feedbackId, parsed.data.text);
  } catch (error) {
    if (error instanceof UserInputError) return { fieldErrors: { form: error.message } };
    throw error;
  }
  revalidatePath(`/feedback/${parsed.data.feedbackId}`);
  return { ok: true, message: "Comment added." };
}

export async function changeStatusAction(
  _previous: FeedbackFormState,
  formData: FormData,
): Promise<FeedbackFormState> {
  const actor = await requireRole("operator");
  const parsed = statusChangeSchema.safeParse({
    feedbackId: text(formData, "feedbackId"),
    status: text(formData, "status"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues) };
  try {
    await changeFeedbackStatus(actor, parsed.data.feedbackId, parsed.data.status);
  } catch (error) {
    if (error instanceof UserInputError) return { fieldErrors: { form: error.message } };
    throw error;
  }
  revalidatePath(`/feedback/${parsed.data.feedbackId}`);
  revalidatePath("/feedback");
  return { ok: true, message: "Status changed." };
}
