import { NextResponse } from "next/server";
import { readQuery } from "@/lib/api/read-query";
import { withActor } from "@/lib/api/with-actor";
import { listSessions } from "@/lib/data/sessions/list-sessions";
import { sessionFiltersSchema } from "@/lib/validation/sessions";

export const dynamic = "force-dynamic";

/** One page of sessions, newest first, filtered as on the Sessions page. */
export const GET = withActor({ role: "viewer" }, async ({ request }) => {
  const query = readQuery(request, sessionFiltersSchema);
  if ("response" in query) return query.response;
  return NextResponse.json(await listSessions(query.data));
});
