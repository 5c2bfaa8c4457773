import path from "node:path";
import type { AgentProfile } from "@/lib/validation/agent-profiles";

/** The bundled scripted agent, spawned as an executable like any other agent CLI. */
export function scriptedAgentPath() {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), "scripts/agents/scripted-agent.mjs");
}

export type AgentInvocation = { file: string; args: string[]; env: Record<string, string> };

/** The command, argument array and environment that run `profile` on `prompt`. */
export function agentInvocation(profile: AgentProfile, prompt: string): AgentInvocation {
  const args = profile.args.map((arg) =>
    arg.replaceAll("{prompt}", prompt).replaceAll("{permissionMode}", profile.permissionMode),
  );
  const file = profile.kind === "scripted" ? scriptedAgentPath() : profile.command;
  return { file, args, env: profile.env };
}

const SAFE_WORD = /^[A-Za-z0-9_./:=@%+-]+$/;

/** A POSIX shell word: kept bare when safe, else single-quoted with embedded quotes escaped. */
export function shellQuote(word: string) {
  return SAFE_WORD.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** The same invocation as one line to paste into a terminal, from the project's directory. */
export function launchCommandLine(invocation: AgentInvocation, cwd: string) {
  const env = Object.entries(invocation.env).map(([key, value]) => `${key}=${shellQuote(value)}`);
  return [
    `cd ${shellQuote(cwd)} &&`,
    ...env,
    shellQuote(invocation.file),
    ...invocation.args.map(shellQuote),
  ].join(" ");
}
