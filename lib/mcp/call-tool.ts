import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/authorize";
import { hasRole } from "@/lib/auth/roles";
import { UserInputError } from "@/lib/errors/user-input-error";
import type { McpTool } from "@/lib/mcp/define-tool";
import { summarizeArguments } from "@/lib/mcp/summarize-arguments";
import { recordMcpCall } from "@/lib/services/mcp/record-mcp-call";

/** A launched agent's token is scoped to its session: it cannot close or read another one. */
export type McpScope = { sessionId?: string };

const errorResult = (text: string): CallToolResult => ({
  content: [{ type: "text", text }],
  isError: true,
});

/**
 * Runs one tool for the token's actor: a role below the tool's is refused before anything runs,
 * a rule the input breaks comes back as the tool's error message, and every call is audited.
 */
export async function callTool(
  tool: McpTool,
  actor: Actor,
  args: Record<string, unknown>,
  scope: McpScope = {},
): Promise<CallToolResult> {
  const audit = (outcome: "ok" | "refused" | "error", message?: string) =>
    recordMcpCall(actor, {
      tool: tool.name,
      arguments: summarizeArguments(args) as never,
      outcome,
      message,
    });
  try {
    if (!hasRole(actor.role, tool.role)) throw new ForbiddenError(tool.role);
    if (scope.sessionId && "sessionId" in args && args.sessionId !== scope.sessionId) {
      const message = `This session's token acts only on its own session (${scope.sessionId}).`;
      await audit("refused", message);
      return errorResult(message);
    }
    const result = await tool.run(actor, args);
    await audit("ok");
    return { content: [{ type: "text", text: JSON.stringify(result ?? { ok: true }, null, 2) }] };
  } catch (error) {
    if (error instanceof ForbiddenError) {
      await audit("refused", error.message);
      return errorResult(`${tool.name}: ${error.message} This token's role is ${actor.role}.`);
    }
    if (error instanceof UserInputError) {
      await audit("error", error.message);
      return errorResult(error.field ? `${error.field}: ${error.message}` : error.message);
    }
    console.error(error);
    await audit("error", "Internal error.");
    return errorResult(`${tool.name} failed with an internal error.`);
  }
}
