import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Actor } from "@/lib/auth/actor";
import { callTool, type McpScope } from "@/lib/mcp/call-tool";
import { registerMissionSummaryResource } from "@/lib/mcp/resources/mission-summary-resource";
import { registerProjectChecklistResource } from "@/lib/mcp/resources/project-checklist-resource";
import { MCP_TOOLS } from "@/lib/mcp/tools";

export const MCP_SERVER_NAME = "mission-control";

/**
 * The MCP server for one request's actor. Every tool is listed whatever the role (a call above
 * the token's role is refused with the role it needs), and each call goes through `callTool`.
 */
export function createMcpServer(actor: Actor, scope: McpScope = {}) {
  const server = new McpServer(
    { name: MCP_SERVER_NAME, version: "1.0.0" },
    {
      instructions:
        "Mission Control: projects, missions, sessions, feedback, knowledge and messages. Record your session's end with record_session_end.",
    },
  );
  for (const tool of MCP_TOOLS)
    server.registerTool(
      tool.name,
      {
        description: `${tool.description} (Needs the ${tool.role} role.)`,
        inputSchema: tool.input,
        annotations: { readOnlyHint: tool.role === "viewer" },
      },
      (args: Record<string, unknown>) => callTool(tool, actor, args, scope),
    );
  registerMissionSummaryResource(server);
  registerProjectChecklistResource(server);
  return server;
}
