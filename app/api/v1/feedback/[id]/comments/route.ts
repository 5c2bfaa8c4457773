import { NextResponse } from "next/server";
import { unknownId } from "@/lib/api/unknown-id";
import { withActor } from "@/lib/api/with-actor";
import { addFeedbackComment } from "@/lib/services/feedback/add-feedback-comment";
import { apiFeedbackCommentSchema } from "@/lib/validation/api-v1";

/** Adds a comment to a feedback item, written by the caller. */
export const POST = withActor(
  { role: "operator", body: apiFeedbackCommentSchema },
  async ({ actor, body, params }) => {
    const unknown = unknownId(params.id, "Unknown feedback item.");
    if (unknown) return unknown;
    const feedbackId = String(params.id);
    const comment = await addFeedbackComment(actor, feedbackId, body.text);
    return NextResponse.json({ id: comment.id, feedbackId }, { status: 201 });
  },
);
