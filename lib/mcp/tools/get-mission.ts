import { z } from "zod";
import { getMissionView } from "@/lib/data/missions/get-mission-view";
import { UserInputError } from "@/lib/errors/user-input-error";
import { defineTool } from "@/lib/mcp/define-tool";
import { missionSummary } from "@/lib/mcp/mission-summary";

export const getMissionTool = defineTool({
  name: "get_mission",
  description:
    "A mission's state: status, progress, units and approvals (a pending approval's id is what decide_approval takes).",
  role: "viewer",
  input: { missionId: z.uuid() },
  run: async (_actor, { missionId }) => {
    const view = await getMissionView(missionId);
    if (!view) throw new UserInputError("Unknown mission.", "missionId");
    return missionSummary(view);
  },
});
