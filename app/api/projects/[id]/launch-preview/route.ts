import { NextResponse } from "next/server";
import { z } from "zod";
import { withActor } from "@/lib/api/with-actor";
import { previewLaunch } from "@/lib/services/launcher/preview-launch";

export const GET = withActor({ role: "viewer" }, async ({ params }) => {
  const id = z.uuid().safeParse(params.id);
  const preview = id.success ? await previewLaunch(id.data) : null;
  if (!preview) return NextResponse.json({ error: "Unknown project." }, { status: 404 });
  return NextResponse.json(preview);
});
