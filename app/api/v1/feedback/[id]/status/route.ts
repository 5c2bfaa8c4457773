import { NextResponse } from "next/server";
import { unknownId } from "@/lib/api/unknown-id";
import { withActor } from "@/lib/api/with-actor";
import { changeFeedbackStatus } from "@/lib/services/feedback/change-feedback-status";
import { apiFeedbackStatusSchema } from "@/lib/validation/api-v1";

/** Moves a feedback item to new, in_progress, resolved or wont_fix. */
export const POST = withActor(
  { role: "operator", body: apiFeedbackStatusSchema },
  async ({ actor, body, params }) => {
    const unknown = unknownId(params.id, "Unknown feedback item.");
    if (unknown) return unknown;
    const id = String(params.id);
    await changeFeedbackStatus(actor, id, body.status);
    return NextResponse.json({ id, status: body.status });
  },
);
