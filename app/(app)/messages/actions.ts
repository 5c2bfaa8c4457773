"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { sendMessage } from "@/lib/services/messages/send-message";
import { setMessageStatus } from "@/lib/services/messages/set-message-status";
import { messageStatusChangeSchema, newMessageSchema } from "@/lib/validation/messages";

export const sendMessageAction = formAction(
  {
    role: "operator",
    schema: newMessageSchema,
    fields: ["fromIdentityId", "toIdentityId", "type", "subject", "body"],
  },
  async ({ actor, input }) => {
    await sendMessage(actor, input);
    revalidatePath("/", "layout");
    return { ok: true, message: "Message sent." };
  },
);

const changeMessageStatus = formAction(
  { role: "operator", schema: messageStatusChangeSchema, hidden: ["messageId", "status"] },
  async ({ actor, input }) => {
    await setMessageStatus(actor, input.messageId, input.status);
    revalidatePath("/", "layout");
    return { ok: true };
  },
);

/** Posted by the inbox's buttons, with no form state to show: a refusal changes nothing. */
export async function setMessageStatusAction(formData: FormData): Promise<void> {
  await changeMessageStatus({}, formData);
}
