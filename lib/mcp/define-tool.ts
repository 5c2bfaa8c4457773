import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";

/** One MCP tool: its input schema, the least role that may call it, and what it does. */
export type McpTool = {
  name: string;
  description: string;
  role: Role;
  input: z.ZodRawShape;
  run: (actor: Actor, args: Record<string, unknown>) => Promise<unknown>;
};

/** Types a tool's `run` by its own schema; the server has parsed the arguments before it runs. */
export function defineTool<Shape extends z.ZodRawShape>(tool: {
  name: string;
  description: string;
  role: Role;
  input: Shape;
  run: (actor: Actor, args: z.infer<z.ZodObject<Shape>>) => Promise<unknown>;
}): McpTool {
  return tool as unknown as McpTool;
}
