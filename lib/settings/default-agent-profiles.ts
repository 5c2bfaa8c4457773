import type { AgentProfile } from "@/lib/validation/agent-profiles";

/** The profiles a fresh install knows; `scripted` needs no model and is the default. */
export const DEFAULT_AGENT_PROFILES: AgentProfile[] = [
  {
    id: "scripted",
    name: "Scripted demo agent",
    kind: "scripted",
    command: "",
    args: ["-p", "{prompt}", "--output-format", "stream-json"],
    env: {},
    permissionMode: "default",
    timeoutSeconds: 600,
    outputFormat: "stream-json",
  },
  {
    id: "claude-code",
    name: "Claude Code",
    kind: "claude-code",
    command: "claude",
    args: [
      "-p",
      "{prompt}",
      "--output-format",
      "stream-json",
      "--verbose",
      "--permission-mode",
      "{permissionMode}",
    ],
    env: {},
    permissionMode: "acceptEdits",
    timeoutSeconds: 3_600,
    outputFormat: "stream-json",
  },
  {
    id: "generic-cli",
    name: "Generic CLI agent",
    kind: "generic",
    command: "my-agent",
    args: ["{prompt}"],
    env: {},
    permissionMode: "default",
    timeoutSeconds: 3_600,
    outputFormat: "text",
  },
];
