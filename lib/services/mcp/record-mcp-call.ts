import type { Actor } from "@/lib/auth/actor";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import type { InputJsonValue } from "@/lib/data/json";
import { inTransaction } from "@/lib/data/transaction";

/**
 * The audit row of one MCP tool call that reached its tool: who called it (through which token's
 * user), the tool, a summary of its arguments and how it ended. A mutation's own audit row is
 * written by its service beside this one.
 */
export function recordMcpCall(
  actor: Actor,
  call: {
    tool: string;
    arguments: InputJsonValue;
    outcome: "ok" | "refused" | "error";
    message?: string;
  },
) {
  return inTransaction((tx) =>
    insertAuditEntry(tx, {
      operation: "mcp.tool_called",
      targetType: "mcp_tool",
      details: {
        via: "mcp",
        tool: call.tool,
        arguments: call.arguments,
        outcome: call.outcome,
        ...(call.message ? { message: call.message.slice(0, 300) } : {}),
        actor: actor.email,
      },
      userId: actor.userId || null,
    }),
  );
}
