import { NextResponse } from "next/server";
import { withActor } from "@/lib/api/with-actor";
import { listProjectOptions } from "@/lib/data/projects/list-project-options";

export const dynamic = "force-dynamic";

/** Every registered project's id and name, so a caller can name a project by either. */
export const GET = withActor({ role: "viewer" }, async () =>
  NextResponse.json({ items: await listProjectOptions() }),
);
