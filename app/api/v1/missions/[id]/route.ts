import { NextResponse } from "next/server";
import { readQuery } from "@/lib/api/read-query";
import { withActor } from "@/lib/api/with-actor";
import { getMissionView } from "@/lib/data/missions/get-mission-view";
import { missionIdSchema, missionViewQuerySchema } from "@/lib/validation/missions";

export const dynamic = "force-dynamic";

/** One mission with its rounds, units, merges, approvals and cost; `?tail=N` adds output lines. */
export const GET = withActor({ role: "viewer" }, async ({ params, request }) => {
  const query = readQuery(request, missionViewQuerySchema);
  if ("response" in query) return query.response;
  const id = missionIdSchema.safeParse(params.id);
  const view = id.success ? await getMissionView(id.data, { outputTail: query.data.tail }) : null;
  if (!view) return NextResponse.json({ error: "Unknown mission." }, { status: 404 });
  return NextResponse.json(view, { headers: { "Cache-Control": "no-store" } });
});
