import { NextResponse } from "next/server";
import { withActor } from "@/lib/api/with-actor";
import { readUnitOutput } from "@/lib/services/missions/read-unit-output";
import { missionIdSchema, unitIdSchema, unitOutputQuerySchema } from "@/lib/validation/missions";

/** A unit's output lines after `?after=<seq>`, for its live log pane. */
export const GET = withActor({ role: "viewer" }, async ({ params, request }) => {
  const missionId = missionIdSchema.safeParse(params.id);
  const unitId = unitIdSchema.safeParse(params.unitId);
  const query = unitOutputQuerySchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!query.success)
    return NextResponse.json({ error: "`after` must be a whole number." }, { status: 400 });
  const output =
    missionId.success && unitId.success
      ? await readUnitOutput(missionId.data, unitId.data, query.data.after)
      : null;
  if (!output)
    return NextResponse.json({ error: "No such unit in this mission." }, { status: 404 });
  return NextResponse.json(output);
});
