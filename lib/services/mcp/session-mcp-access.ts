import type { McpServerAccess } from "@/lib/agents/clis/cli-run";
import { appMcpUrl } from "@/lib/mcp/app-mcp-url";
import { mintSessionToken } from "@/lib/services/mcp/mint-session-token";
import type { AgentProfile } from "@/lib/validation/agent-profiles";

// A little past the agent's own timeout, so the token outlives every call the agent can make.
const GRACE_MS = 60_000;

/** What the launched agent is told beside its launch context when it has the MCP server. */
export function mcpPromptNote(sessionId: string) {
  return [
    "## Mission Control's MCP server",
    `The MCP server \`mission-control\` is connected. When you finish, close this session (${sessionId}) with its \`record_session_end\` tool: a summary, the tasks completed, learnings and challenges.`,
  ].join("\n");
}

/**
 * Mission Control's MCP server for a launched Claude Code session, with a token of its own; none
 * for another CLI or a launch nobody signed in asked for (there is no user to act for).
 */
export async function sessionMcpAccess(
  launch: { sessionId: string; requestedByUserId: string | null },
  profile: AgentProfile,
): Promise<McpServerAccess | undefined> {
  if (profile.kind !== "claude-code" || !launch.requestedByUserId) return undefined;
  const token = await mintSessionToken({
    sessionId: launch.sessionId,
    userId: launch.requestedByUserId,
    expiresAt: new Date(Date.now() + profile.timeoutSeconds * 1_000 + GRACE_MS),
  });
  return { url: appMcpUrl(), token };
}
