import { NextResponse } from "next/server";
import { withActor } from "@/lib/api/with-actor";
import { createMission } from "@/lib/services/missions/create-mission";
import { newMissionDefaults } from "@/lib/services/missions/new-mission-defaults";
import { apiNewMissionSchema } from "@/lib/validation/api-missions";

/** Starts a mission; what the body leaves out comes from the mission defaults in Settings. */
export const POST = withActor(
  { role: "operator", body: apiNewMissionSchema },
  async ({ actor, body }) => {
    const given = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    const id = await createMission(actor, { ...(await newMissionDefaults()), ...given });
    return NextResponse.json({ id, url: `/missions/${id}` }, { status: 201 });
  },
);
