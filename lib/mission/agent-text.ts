import { z } from "zod";

// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape codes are what it removes.
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;

/** Removes terminal colour and cursor codes (CSI, OSC and two-byte escapes). */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

const textBlock = z.object({ type: z.literal("text"), text: z.string() });
const streamEvent = z.union([
  z.object({ type: z.literal("result"), result: z.string() }),
  z.object({
    type: z.literal("assistant"),
    message: z.object({ content: z.array(z.unknown()) }),
  }),
]);

/** The text of one Claude Code stream-json event, or undefined when the line is not one. */
function streamEventText(line: string): string | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith("{") || !trimmed.includes('"type"')) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  const event = streamEvent.safeParse(json);
  if (!event.success) return undefined;
  if (event.data.type === "result") return event.data.result;
  return event.data.message.content
    .flatMap((block) => {
      const text = textBlock.safeParse(block);
      return text.success ? [text.data.text] : [];
    })
    .join("\n");
}

/**
 * An agent's output as plain lines: escape codes removed, any line ending (`\r\n`, `\r`, `\n`)
 * splitting, and a raw Claude Code stream-json event line replaced by the text it carries, so a
 * marker is found whether the caller passes extracted text or the raw stream.
 */
export function agentTextLines(output: string): string[] {
  return stripAnsi(output)
    .split(/\r\n|\r|\n/)
    .flatMap((line) => {
      const text = streamEventText(line);
      return text === undefined ? [line] : stripAnsi(text).split(/\r\n|\r|\n/);
    });
}
