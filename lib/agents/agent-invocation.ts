import path from "node:path";
import { agentProviderEnv } from "@/lib/agents/agent-provider-env";
import type { AgentStreamParser } from "@/lib/agents/agent-report";
import { claudeCodeCli } from "@/lib/agents/clis/claude-code-cli";
import type { CliRun, McpServerAccess } from "@/lib/agents/clis/cli-run";
import { codexCli } from "@/lib/agents/clis/codex-cli";
import { geminiCli } from "@/lib/agents/clis/gemini-cli";
import { resolveAgentCommand } from "@/lib/agents/resolve-agent-command";
import { claudeCodeStreamParser } from "@/lib/agents/streams/claude-code-stream";
import { textStreamParser } from "@/lib/agents/streams/text-stream";
import type { AgentProfile } from "@/lib/validation/agent-profiles";

/** The bundled scripted agent, spawned as an executable like any other agent CLI. */
export function scriptedAgentPath() {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), "scripts/agents/scripted-agent.mjs");
}

export type AgentInvocation = {
  file: string;
  args: string[];
  env: Record<string, string>;
  /** For the real CLIs: the config files of the run's own HOME. Null: the agent keeps HOME. */
  homeFiles: Record<string, string> | null;
  parser: () => AgentStreamParser;
};

const REAL_CLIS = { "claude-code": claudeCodeCli, codex: codexCli, gemini: geminiCli };

/**
 * The command, arguments, environment and output parser that run `profile` on `prompt`. The real
 * CLIs get Mission Control's headless flags, their own `home` and the profile's API key; generic
 * and scripted profiles fill `{prompt}` and `{permissionMode}` into their own arguments.
 */
export function agentInvocation(
  profile: AgentProfile,
  prompt: string,
  run: { home: string; apiKey?: string; allowTools?: string[]; mcp?: McpServerAccess },
): AgentInvocation {
  if (profile.kind === "scripted" || profile.kind === "generic") {
    const args = profile.args.map((arg) =>
      arg.replaceAll("{prompt}", prompt).replaceAll("{permissionMode}", profile.permissionMode),
    );
    return {
      file:
        profile.kind === "scripted"
          ? scriptedAgentPath()
          : (resolveAgentCommand(profile.command) ?? profile.command),
      args,
      env: { ...agentProviderEnv(profile.kind), ...profile.env },
      homeFiles: null,
      parser: profile.outputFormat === "text" ? textStreamParser : claudeCodeStreamParser,
    };
  }
  const cli: CliRun = REAL_CLIS[profile.kind]({ profile, prompt, ...run });
  return {
    file: resolveAgentCommand(profile.command) ?? profile.command,
    args: cli.args,
    env: { ...agentProviderEnv(profile.kind), ...profile.env, ...cli.env },
    homeFiles: cli.homeFiles,
    parser: cli.parser,
  };
}

const SAFE_WORD = /^[A-Za-z0-9_./:=@%+-]+$/;

/** A POSIX shell word: kept bare when safe, else single-quoted with embedded quotes escaped. */
export function shellQuote(word: string) {
  return SAFE_WORD.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

// Left out of a command line shown to a person: the run's own HOME, and any key.
const PRIVATE_VARIABLE = /^(HOME|CODEX_HOME)$|(KEY|TOKEN|SECRET)/;

/** The same invocation as one line to paste into a terminal, from the project's directory. */
export function launchCommandLine(invocation: AgentInvocation, cwd: string) {
  const env = Object.entries(invocation.env)
    .filter(([key]) => !PRIVATE_VARIABLE.test(key))
    .map(([key, value]) => `${key}=${shellQuote(value)}`);
  return [
    `cd ${shellQuote(cwd)} &&`,
    ...env,
    shellQuote(invocation.file),
    ...invocation.args.map(shellQuote),
  ].join(" ");
}
