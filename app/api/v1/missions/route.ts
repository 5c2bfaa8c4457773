import { NextResponse } from "next/server";
import { readQuery } from "@/lib/api/read-query";
import { withActor } from "@/lib/api/with-actor";
import { listMissions } from "@/lib/data/missions/list-missions";
import { createMission } from "@/lib/services/missions/create-mission";
import { newMissionDefaults } from "@/lib/services/missions/new-mission-defaults";
import { apiNewMissionSchema } from "@/lib/validation/api-missions";
import { missionListQuerySchema } from "@/lib/validation/missions";

export const dynamic = "force-dynamic";

/** One page of missions, newest first, with their unit progress and pending approvals. */
export const GET = withActor({ role: "viewer" }, async ({ request }) => {
  const query = readQuery(request, missionListQuerySchema);
  if ("response" in query) return query.response;
  return NextResponse.json(await listMissions(query.data.page));
});

/** Starts a mission; what the body leaves out comes from the mission defaults in Settings. */
export const POST = withActor(
  { role: "operator", body: apiNewMissionSchema },
  async ({ actor, body }) => {
    const given = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    const id = await createMission(actor, { ...(await newMissionDefaults()), ...given });
    return NextResponse.json({ id, url: `/missions/${id}` }, { status: 201 });
  },
);
