import { NextResponse } from "next/server";
import { tokenSession } from "@/lib/api/token-session";
import { unknownId } from "@/lib/api/unknown-id";
import { withActor } from "@/lib/api/with-actor";
import { closeSession } from "@/lib/services/sessions/close-session";
import { apiSessionEndSchema } from "@/lib/validation/api-v1";

/** Closes an open session with its summary, tasks, learnings and challenges. */
export const POST = withActor(
  { role: "operator", body: apiSessionEndSchema },
  async ({ actor, body, params, request }) => {
    const unknown = unknownId(params.id, "Unknown session.");
    if (unknown) return unknown;
    const id = String(params.id);
    // A launched agent's token acts on its own session only, as over MCP.
    const scope = await tokenSession(request);
    if (scope && scope !== id)
      return NextResponse.json(
        { error: `This session's token acts only on its own session (${scope}).` },
        { status: 403 },
      );
    await closeSession(actor, id, {
      summary: body.summary,
      tasks: body.tasksCompleted,
      learnings: body.learnings,
      challenges: body.challenges,
    });
    return NextResponse.json({ id, closed: true });
  },
);
