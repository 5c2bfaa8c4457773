import { type McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { getMissionView } from "@/lib/data/missions/get-mission-view";
import { missionSummary } from "@/lib/mcp/mission-summary";

/** `mission://<id>/summary`: the mission's state as get_mission gives it, as JSON. */
export function registerMissionSummaryResource(server: McpServer) {
  server.registerResource(
    "mission-summary",
    new ResourceTemplate("mission://{missionId}/summary", { list: undefined }),
    {
      title: "Mission state summary",
      description: "A mission's status, progress, units and approvals.",
      mimeType: "application/json",
    },
    async (uri, { missionId }) => {
      const id = String(missionId);
      const view = /^[0-9a-f-]{36}$/i.test(id) ? await getMissionView(id) : null;
      if (!view) throw new Error(`Unknown mission ${id}.`);
      return {
        contents: [
          {
            uri: uri.href,
            mimeType: "application/json",
            text: JSON.stringify(missionSummary(view), null, 2),
          },
        ],
      };
    },
  );
}
