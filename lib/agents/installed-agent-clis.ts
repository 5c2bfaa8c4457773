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

// A CLI not found is looked for again after this long: a `--version` that timed out under load
// must not hide an installed CLI until the next restart.
const RECHECK_MISSING_MS = 60_000;

// On globalThis: Next loads a module once per bundle layer, and this runs once per process.
const cache = globalThis as unknown as {
  mcInstalledAgentClis?: { found: Promise<InstalledAgentClis>; at: number; complete: boolean };
};

/**
 * Which real agent CLIs this machine can run (in PATH or Mission Control's node_modules/.bin),
 * each with the version its `--version` prints. Found once per process when all are there;
 * otherwise looked for again a minute later.
 */
export function installedAgentClis(): Promise<InstalledAgentClis> {
  const cached = cache.mcInstalledAgentClis;
  if (cached && (cached.complete || Date.now() - cached.at < RECHECK_MISSING_MS))
    return cached.found;
  const entry = { found: detectAll(), at: Date.now(), complete: false };
  void entry.found.then((found) => {
    entry.complete = CLI_AGENT_KINDS.every((kind) => found[kind]);
  });
  cache.mcInstalledAgentClis = entry;
  return entry.found;
}
