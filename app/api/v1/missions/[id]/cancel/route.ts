import { NextResponse } from "next/server";
import { withActor } from "@/lib/api/with-actor";
import { requestMissionCancel } from "@/lib/services/missions/request-mission-cancel";

/** Asks a mission to stop; the mission loop does the stopping, so the answer is 202. */
export const POST = withActor({ role: "operator" }, async ({ actor, params }) => {
  const id = String(params.id);
  await requestMissionCancel(actor, id);
  return NextResponse.json({ id, cancelRequested: true }, { status: 202 });
});
