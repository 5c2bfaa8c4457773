import { NextResponse } from "next/server";
import { withActor } from "@/lib/api/with-actor";
import { readLaunchProgress } from "@/lib/services/launcher/read-launch-progress";
import { outputQuerySchema, sessionIdSchema } from "@/lib/validation/launch";

export const GET = withActor({ role: "viewer" }, async ({ params, request }) => {
  const id = sessionIdSchema.safeParse(params.id);
  const query = outputQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success)
    return NextResponse.json({ error: "`after` must be a whole number." }, { status: 400 });
  const progress = id.success ? await readLaunchProgress(id.data, query.data.after) : null;
  if (!progress)
    return NextResponse.json({ error: "No launch for this session." }, { status: 404 });
  return NextResponse.json(progress);
});
