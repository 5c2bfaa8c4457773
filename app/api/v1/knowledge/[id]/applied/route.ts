import { NextResponse } from "next/server";
import { unknownId } from "@/lib/api/unknown-id";
import { withActor } from "@/lib/api/with-actor";
import { applyKnowledge } from "@/lib/services/knowledge/apply-knowledge";

/** Counts one more use of a knowledge entry; answers the new count. */
export const POST = withActor({ role: "operator" }, async ({ actor, params }) => {
  const unknown = unknownId(params.id, "Unknown knowledge entry.");
  if (unknown) return unknown;
  const id = String(params.id);
  return NextResponse.json({ id, timesApplied: await applyKnowledge(actor, id) });
});
