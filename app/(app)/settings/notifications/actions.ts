"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import type { FormState } from "@/lib/forms/form-state";
import { deleteChannel } from "@/lib/services/notifications/delete-channel";
import { resendDelivery } from "@/lib/services/notifications/resend-delivery";
import { saveChannel } from "@/lib/services/notifications/save-channel";
import { testChannel } from "@/lib/services/notifications/test-channel";
import {
  CHANNEL_FORM_FIELDS,
  CHANNEL_SECRET_FIELDS,
  channelFormSchema,
  channelIdFormSchema,
  deliveryIdFormSchema,
  eventFieldName,
  NOTIFICATION_EVENT_KINDS,
} from "@/lib/validation/notifications";

function done(message: string, values?: Record<string, string>): FormState {
  revalidatePath("/settings/notifications");
  revalidatePath("/settings");
  return { ok: true, message, values };
}

export const saveChannelAction = formAction(
  {
    role: "admin",
    schema: channelFormSchema,
    fields: CHANNEL_FORM_FIELDS,
    hidden: ["channelId", ...NOTIFICATION_EVENT_KINDS.map(eventFieldName)],
    secret: CHANNEL_SECRET_FIELDS,
  },
  async ({ actor, input, values }) => {
    await saveChannel(actor, input);
    return input.channelId ? done(`Saved ${input.name}.`, values) : done(`Added ${input.name}.`);
  },
);

export const deleteChannelAction = formAction(
  { role: "admin", schema: channelIdFormSchema, hidden: ["channelId"] },
  async ({ actor, input }) => {
    await deleteChannel(actor, input.channelId);
    return done("Deleted.");
  },
);

export const testChannelAction = formAction(
  { role: "admin", schema: channelIdFormSchema, hidden: ["channelId"] },
  async ({ actor, input }) => {
    await testChannel(actor, input.channelId);
    return done("Test delivered.");
  },
);

export const resendDeliveryAction = formAction(
  { role: "admin", schema: deliveryIdFormSchema, hidden: ["deliveryId"] },
  async ({ actor, input }) => {
    await resendDelivery(actor, input.deliveryId);
    return done("Re-sending.");
  },
);
