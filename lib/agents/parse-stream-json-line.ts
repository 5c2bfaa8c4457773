import { z } from "zod";

const textBlock = z.object({ type: z.literal("text"), text: z.string() });
const toolUseBlock = z.object({ type: z.literal("tool_use"), name: z.string() });

const streamEvent = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("system"),
    subtype: z.string().optional(),
    session_id: z.string().optional(),
    model: z.string().optional(),
  }),
  z.object({
    type: z.literal("assistant"),
    session_id: z.string().optional(),
    message: z.object({ content: z.array(z.unknown()) }),
  }),
  z.object({ type: z.literal("user"), session_id: z.string().optional() }),
  z.object({
    type: z.literal("result"),
    session_id: z.string().optional(),
    is_error: z.boolean().optional(),
    result: z.string().optional(),
    total_cost_usd: z.number().optional(),
    usage: z.object({ input_tokens: z.number(), output_tokens: z.number() }).partial().optional(),
  }),
]);

export type AgentLine = {
  /** What a person reads in the live log; absent for bookkeeping events. */
  display?: string;
  sessionId?: string;
  result?: {
    text: string;
    isError: boolean;
    costUsd?: number;
    inputTokens?: number;
    outputTokens?: number;
  };
};

/**
 * One line of Claude Code's `--output-format stream-json`. A line that is not a known event is
 * shown as it is, so nothing the agent printed is lost.
 */
export function parseStreamJsonLine(line: string): AgentLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { display: line };
  }
  const parsed = streamEvent.safeParse(json);
  if (!parsed.success) return { display: line };
  const event = parsed.data;
  switch (event.type) {
    case "system":
      return {
        sessionId: event.session_id,
        display:
          event.subtype === "init"
            ? `[session started${event.model ? `, model ${event.model}` : ""}]`
            : undefined,
      };
    case "assistant": {
      const parts = event.message.content.flatMap((block) => {
        const text = textBlock.safeParse(block);
        if (text.success) return [text.data.text];
        const tool = toolUseBlock.safeParse(block);
        return tool.success ? [`[tool: ${tool.data.name}]`] : [];
      });
      return { sessionId: event.session_id, display: parts.length ? parts.join("\n") : undefined };
    }
    case "user":
      return { sessionId: event.session_id };
    case "result":
      return {
        sessionId: event.session_id,
        result: {
          text: event.result ?? "",
          isError: event.is_error ?? false,
          costUsd: event.total_cost_usd,
          inputTokens: event.usage?.input_tokens,
          outputTokens: event.usage?.output_tokens,
        },
      };
  }
}
