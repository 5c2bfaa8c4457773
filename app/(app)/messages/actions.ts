"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/require";
import { UserInputError } from "@/lib/errors/user-input-error";
import { sendMessage } from "@/lib/services/messages/send-message";
import { setMessageStatus } from "@/lib/services/messages/set-message-status";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { messageStatusChangeSchema, newMessageSchema } from "@/lib/validation/messages";

export type MessageFormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

export async function sendMessageAction(
  _previous: MessageFormState,
  formData: FormData,
): Promise<MessageFormState> {
  const actor = await requireRole("operator");
  const values = Object.fromEntries(
    ["fromIdentityId", "toIdentityId", "type", "subject", "body"].map((name) => [
      name,
      text(formData, name),
    ]),
  );
  const parsed = newMessageSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error.issues), values };
  try {
    await sendMessage(actor, parsed.data);
  } catch (error) {
    if (error instanceof UserInputError)
      return { fieldErrors: { [error.field ?? "form"]: error.message }, values };
    throw error;
  }
  revalidatePath("/", "layout");
  return { ok: true, message: "Message sent." };
}

export async function setMessageStatusAction(formData: FormData): Promise<void> {
  const actor = await requireRole("operator");
  const parsed = messageStatusChangeSchema.safeParse({
    messageId: text(formData, "messageId"),
    status: text(formData, "status"),
  });
  if (!parsed.success) return;
  try {
    await setMessageStatus(actor, parsed.data.messageId, parsed.data.status);
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
  }
  revalidatePath("/", "layout");
}
