import type { AgentProfile } from "@/lib/validation/agent-profiles";

const realCli = () =>
  ({
    args: [],
    extraArgs: [],
    model: "",
    apiBaseUrl: "",
    env: {},
    timeoutSeconds: 3_600,
    outputFormat: "stream-json",
  }) satisfies Partial<AgentProfile>;

/**
 * The profiles a fresh install knows; `scripted` needs no model and is the default. The three
 * real CLIs take their headless flags from `lib/agents/clis` and their key from Settings.
 */
export const DEFAULT_AGENT_PROFILES: AgentProfile[] = [
  {
    id: "scripted",
    name: "Scripted demo agent",
    kind: "scripted",
    command: "",
    args: ["-p", "{prompt}", "--output-format", "stream-json"],
    extraArgs: [],
    model: "",
    apiBaseUrl: "",
    env: {},
    permissionMode: "default",
    timeoutSeconds: 600,
    outputFormat: "stream-json",
  },
  {
    ...realCli(),
    id: "claude-code",
    name: "Claude Code",
    kind: "claude-code",
    command: "claude",
    args: [],
    permissionMode: "acceptEdits",
  },
  {
    ...realCli(),
    id: "codex",
    name: "Codex CLI",
    kind: "codex",
    command: "codex",
    // A model the price table knows, so a run's cost can be estimated; Settings changes it.
    model: "gpt-5",
    args: [],
    permissionMode: "bypassPermissions",
  },
  {
    ...realCli(),
    id: "gemini",
    name: "Gemini CLI",
    kind: "gemini",
    command: "gemini",
    // Named, so Gemini does not first ask a router model which one to use.
    model: "gemini-2.5-pro",
    args: [],
    permissionMode: "bypassPermissions",
  },
  {
    id: "generic-cli",
    name: "Generic CLI agent",
    kind: "generic",
    command: "my-agent",
    args: ["{prompt}"],
    extraArgs: [],
    model: "",
    apiBaseUrl: "",
    env: {},
    permissionMode: "default",
    timeoutSeconds: 3_600,
    outputFormat: "text",
  },
];
