import { NextResponse } from "next/server";
import { withActor } from "@/lib/api/with-actor";
import { createFeedback } from "@/lib/services/feedback/create-feedback";
import { newFeedbackSchema } from "@/lib/validation/feedback";

/** Files a feedback item on a project, reported by the caller. */
export const POST = withActor(
  { role: "operator", body: newFeedbackSchema },
  async ({ actor, body }) => NextResponse.json(await createFeedback(actor, body), { status: 201 }),
);
