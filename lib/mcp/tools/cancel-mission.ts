import { z } from "zod";
import { defineTool } from "@/lib/mcp/define-tool";
import { requestMissionCancel } from "@/lib/services/missions/request-mission-cancel";

export const cancelMissionTool = defineTool({
  name: "cancel_mission",
  description: "Asks a running or waiting mission to stop; it ends at its next safe point.",
  role: "operator",
  input: { missionId: z.uuid() },
  run: async (actor, { missionId }) => requestMissionCancel(actor, missionId),
});
