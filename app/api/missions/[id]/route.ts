import { NextResponse } from "next/server";
import { withActor } from "@/lib/api/with-actor";
import { getMissionView } from "@/lib/data/missions/get-mission-view";
import { missionIdSchema, missionViewQuerySchema } from "@/lib/validation/missions";

/** The mission page's live view; `?tail=N` adds each unit's last N output lines. */
export const GET = withActor({ role: "viewer" }, async ({ params, request }) => {
  const id = missionIdSchema.safeParse(params.id);
  const query = missionViewQuerySchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!query.success)
    return NextResponse.json(
      { error: "`tail` must be a whole number from 0 to 50." },
      { status: 400 },
    );
  const view = id.success ? await getMissionView(id.data, { outputTail: query.data.tail }) : null;
  if (!view) return NextResponse.json({ error: "Unknown mission." }, { status: 404 });
  return NextResponse.json(view);
});
