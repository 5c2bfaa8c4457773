"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { closeSession } from "@/lib/services/sessions/close-session";
import { closeSessionSchema } from "@/lib/validation/sessions";

/** Only a refusal has something to show: a closed session's page has no form. */
export const closeSessionAction = formAction(
  {
    role: "operator",
    schema: closeSessionSchema,
    fields: ["summary", "tasks", "learnings", "challenges"],
    hidden: ["sessionId"],
  },
  async ({ actor, input: { sessionId, ...closing } }) => {
    await closeSession(actor, sessionId, closing);
    revalidatePath(`/sessions/${sessionId}`);
    revalidatePath("/sessions");
    return {};
  },
);
