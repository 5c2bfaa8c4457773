import { NextResponse } from "next/server";
import { withActor } from "@/lib/api/with-actor";
import { readStatus } from "@/lib/services/status/read-status";

export const dynamic = "force-dynamic";

/** What needs a person, what runs, what failed lately and the runner's health; session or token. */
export const GET = withActor({ role: "viewer" }, async ({ actor }) =>
  NextResponse.json(await readStatus(actor), { headers: { "Cache-Control": "no-store" } }),
);
