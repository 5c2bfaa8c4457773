import { resolveAgentCommand } from "@/lib/agents/resolve-agent-command";
import { runCommand } from "@/lib/subprocess/run-command";
import { CLI_AGENT_KINDS, type CliAgentKind } from "@/lib/validation/agent-profiles";

/** The executable each real agent CLI installs. */
export const AGENT_CLI_COMMANDS: Record<CliAgentKind, string> = {
  "claude-code": "claude",
  codex: "codex",
  gemini: "gemini",
};

export type InstalledAgentCli = { path: string; version: string };
export type InstalledAgentClis = Record<CliAgentKind, InstalledAgentCli | undefined>;

// Gemini's bundle takes over a second to print its version on an idle machine.
const VERSION_TIMEOUT_MS = 15_000;
const VERSION = /\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?/;

async function detect(kind: CliAgentKind): Promise<InstalledAgentCli | undefined> {
  const file = resolveAgentCommand(AGENT_CLI_COMMANDS[kind]);
  if (!file) return undefined;
  const output = await runCommand(file, ["--version"], { timeoutMs: VERSION_TIMEOUT_MS }).catch(
    () => undefined,
  );
  const version = output?.match(VERSION)?.[0];
  return version ? { path: file, version } : undefined;
}

async function detectAll(): Promise<InstalledAgentClis> {
  const found = await Promise.all(CLI_AGENT_KINDS.map(detect));
  return Object.fromEntries(
    CLI_AGENT_KINDS.map((kind, index) => [kind, found[index]]),
  ) as InstalledAgentClis;
}

// On globalThis: Next loads a module once per bundle layer, and this runs once per process.
const cache = globalThis as unknown as { mcInstalledAgentClis?: Promise<InstalledAgentClis> };

/**
 * Which real agent CLIs this machine can run (in PATH or Mission Control's node_modules/.bin),
 * each with the version its `--version` prints. Found once per process: installing a CLI takes a
 * restart (which `npm start` does after installing packages).
 */
export function installedAgentClis(): Promise<InstalledAgentClis> {
  cache.mcInstalledAgentClis ??= detectAll();
  return cache.mcInstalledAgentClis;
}
