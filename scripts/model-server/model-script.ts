import { z } from "zod";

const usageSchema = z.object({
  input: z.number().int().nonnegative(),
  output: z.number().int().nonnegative(),
});

const scriptedToolSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("write"), path: z.string().min(1), content: z.string() }),
  z.object({ kind: z.literal("shell"), command: z.string().min(1) }),
  z.object({
    kind: z.literal("edit"),
    path: z.string().min(1),
    old: z.string().min(1),
    new: z.string(),
  }),
  z.object({
    kind: z.literal("raw"),
    name: z.string().min(1),
    input: z.record(z.string(), z.unknown()),
  }),
]);

const scriptedTurnSchema = z
  .object({
    text: z.string().optional(),
    tools: z.array(scriptedToolSchema).optional(),
    usage: usageSchema.optional(),
    delayMs: z.number().int().nonnegative().optional(),
  })
  .refine((turn) => turn.text !== undefined || (turn.tools?.length ?? 0) > 0, {
    message: "A turn says some text, calls a tool, or both.",
  });

/** What the scripted model does, conversation by conversation and turn by turn (README.md). */
export const modelScriptSchema = z.object({
  conversations: z.array(
    z.object({
      match: z.string(),
      turns: z.array(scriptedTurnSchema),
    }),
  ),
});

export type ModelScript = z.infer<typeof modelScriptSchema>;
export type ScriptedTurn = z.infer<typeof scriptedTurnSchema>;
export type ScriptedTool = z.infer<typeof scriptedToolSchema>;
export type Usage = z.infer<typeof usageSchema>;

export const DEFAULT_USAGE: Usage = { input: 100, output: 20 };
export const SIDE_REQUEST_USAGE: Usage = { input: 10, output: 2 };
export const EXHAUSTED_TEXT = "(script exhausted)";
export const NO_MATCH_TEXT = "(no scripted conversation matches this request)";

/** What a wire format reads out of one request, for choosing the answer. */
export type ConversationView = {
  /** The user's own words before the first model turn, the CLIs' context wrappers removed. */
  userText: string;
  /** System prompt, instructions and developer messages. */
  systemText: string;
  /** Model turns already in the history: the index of the turn to play. */
  modelTurns: number;
  /** The working directory the CLI stated, if found. */
  cwd: string | undefined;
  /** Set when the request is not a turn of the agent's conversation (a title call, ...). */
  sideRequest?: string;
  /** The text a side request gets ("OK" when not set). */
  sideAnswer?: string;
};

export type AnswerKind = "scripted" | "exhausted" | "no-match" | "side-request";

export type Answer = {
  kind: AnswerKind;
  conversation: number | null;
  match: string | null;
  turn: number | null;
  text: string | undefined;
  tools: ScriptedTool[];
  usage: Usage;
  delayMs: number;
};

const CONTEXT_WRAPPERS = [
  /<system-reminder>[\s\S]*?<\/system-reminder>/g,
  /<environment_context>[\s\S]*?<\/environment_context>/g,
  /<session_context>[\s\S]*?<\/session_context>/g,
  /<user_instructions>[\s\S]*?<\/user_instructions>/g,
  /# AGENTS\.md instructions for [^\n]*\n+<INSTRUCTIONS>[\s\S]*?<\/INSTRUCTIONS>/g,
];

/** The user's words without the context blocks the CLIs wrap around them. */
export function stripContextWrappers(text: string): string {
  return CONTEXT_WRAPPERS.reduce((rest, wrapper) => rest.replace(wrapper, ""), text).trim();
}

const CWD_PATTERNS = [
  /Primary working directory: ([^\n]+)/,
  /<cwd>([^<]+)<\/cwd>/,
  /Workspace Directories:\*\*\n\s*- ([^\n]+)/,
];

/** The working directory as Claude Code, Codex or Gemini CLI state it in their requests. */
export function findWorkingDirectory(text: string): string | undefined {
  for (const pattern of CWD_PATTERNS) {
    const found = pattern.exec(text);
    if (found) return found[1].trim();
  }
  return undefined;
}

function withCwd<T>(value: T, cwd: string | undefined): T {
  if (cwd === undefined) return value;
  if (typeof value === "string") return value.replaceAll("{cwd}", cwd) as T;
  if (Array.isArray(value)) return value.map((item) => withCwd(item, cwd)) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withCwd(item, cwd)]),
    ) as T;
  return value;
}

function findConversation(script: ModelScript, view: ConversationView): number {
  const byUser = script.conversations.findIndex((c) => view.userText.includes(c.match));
  if (byUser >= 0) return byUser;
  return script.conversations.findIndex((c) => view.systemText.includes(c.match));
}

/**
 * Stateless: the conversation is chosen by `match` (user text first, then the system prompt), the
 * turn by how many model turns the request's history already holds.
 */
export function chooseAnswer(script: ModelScript, view: ConversationView): Answer {
  const base = { tools: [], delayMs: 0 };
  if (view.sideRequest !== undefined)
    return {
      ...base,
      kind: "side-request",
      conversation: null,
      match: null,
      turn: null,
      text: view.sideAnswer ?? "OK",
      usage: SIDE_REQUEST_USAGE,
    };
  const conversation = findConversation(script, view);
  if (conversation < 0)
    return {
      ...base,
      kind: "no-match",
      conversation: null,
      match: null,
      turn: view.modelTurns,
      text: NO_MATCH_TEXT,
      usage: DEFAULT_USAGE,
    };
  const { match, turns } = script.conversations[conversation];
  const turn = turns[view.modelTurns];
  if (!turn)
    return {
      ...base,
      kind: "exhausted",
      conversation,
      match,
      turn: view.modelTurns,
      text: EXHAUSTED_TEXT,
      usage: DEFAULT_USAGE,
    };
  return {
    kind: "scripted",
    conversation,
    match,
    turn: view.modelTurns,
    text: withCwd(turn.text, view.cwd),
    tools: withCwd(turn.tools ?? [], view.cwd),
    usage: turn.usage ?? DEFAULT_USAGE,
    delayMs: turn.delayMs ?? 0,
  };
}
