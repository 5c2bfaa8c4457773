"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/forms/form-action";
import { addFeedbackComment } from "@/lib/services/feedback/add-feedback-comment";
import { changeFeedbackStatus } from "@/lib/services/feedback/change-feedback-status";
import { createFeedback } from "@/lib/services/feedback/create-feedback";
import { newCommentSchema, newFeedbackSchema, statusChangeSchema } from "@/lib/validation/feedback";

export const createFeedbackAction = formAction(
  {
    role: "operator",
    schema: newFeedbackSchema,
    fields: ["projectId", "type", "title", "description", "priority"],
  },
  async ({ actor, input }) => {
    const { id } = await createFeedback(actor, input);
    revalidatePath("/feedback");
    redirect(`/feedback/${id}`);
  },
);

export const addCommentAction = formAction(
  { role: "operator", schema: newCommentSchema, fields: ["text"], hidden: ["feedbackId"] },
  async ({ actor, input }) => {
    await addFeedbackComment(actor, input.feedbackId, input.text);
    revalidatePath(`/feedback/${input.feedbackId}`);
    return { ok: true };
  },
);

export const changeStatusAction = formAction(
  { role: "operator", schema: statusChangeSchema, fields: ["status"], hidden: ["feedbackId"] },
  async ({ actor, input }) => {
    await changeFeedbackStatus(actor, input.feedbackId, input.status);
    revalidatePath(`/feedback/${input.feedbackId}`);
    revalidatePath("/feedback");
    return { ok: true, message: "Status changed." };
  },
);
