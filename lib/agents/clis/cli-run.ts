import type { AgentStreamParser } from "@/lib/agents/agent-report";
import type { AgentProfile } from "@/lib/validation/agent-profiles";

/** What a CLI needs to run one prompt: its arguments, environment, config files and parser. */
export type CliRun = {
  args: string[];
  env: Record<string, string>;
  /** Files written into the run's own HOME before it starts, by path relative to that HOME. */
  homeFiles: Record<string, string>;
  parser: () => AgentStreamParser;
};

export type CliRunInput = {
  profile: AgentProfile;
  prompt: string;
  /** The run's own HOME: a fresh folder that is removed when the run ends. */
  home: string;
  /** The profile's stored key; undefined leaves the CLI to its usual variable, if Mission Control has it. */
  apiKey?: string;
  /** Tools a person allowed beyond the profile's, after the agent was refused them. */
  allowTools?: string[];
  /** Mission Control's MCP server for this run, with a token scoped to it (Claude Code only). */
  mcp?: McpServerAccess;
};

export type McpServerAccess = { url: string; token: string };

/** Set only when given: an empty model or base URL means the CLI's own default. */
export const optionalEnv = (entries: Record<string, string | undefined>) =>
  Object.fromEntries(
    Object.entries(entries).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
