import { createAgentHome, writeAgentHomeFiles } from "@/lib/agents/agent-home";
import { type AgentInvocation, agentInvocation } from "@/lib/agents/agent-invocation";
import type { AgentReport } from "@/lib/agents/agent-report";
import type { McpServerAccess } from "@/lib/agents/clis/cli-run";
import {
  runSubprocess,
  type StreamName,
  type SubprocessResult,
} from "@/lib/subprocess/run-subprocess";
import { type AgentProfile, isCliAgentKind } from "@/lib/validation/agent-profiles";

// A question the agent asks and then waits on: it ends the line, like "[y/N]" or "Allow …?".
const PERMISSION_PROMPT = /(\[y\/n\]|\(y\/n\)|do you want to (allow|proceed)[^\n]*\?)\s*$/i;
const PERMISSION_GRACE_MS = 3_000;

export type AgentRun = {
  /** Everything the agent said, as text, its final words last: where the markers are looked for. */
  text: string;
  report: AgentReport;
  run: SubprocessResult;
  /** The prompt line the agent stopped at, when it waited for a permission nobody can give. */
  permissionPrompt?: string;
  durationMs: number;
};

/**
 * The one way an agent runs, for a launched session and for every mission role (planner, critic,
 * worker, reviewer): the profile's command through the subprocess wrapper, its output read by the
 * parser of its CLI into live lines and a report (final text, session id, tokens, cost, refused
 * tools), in the sandbox (it sees `cwd`'s work tree, not Mission Control's files). A real CLI
 * runs with its own HOME and config, removed afterwards. `env` should name the
 * run (MC_SESSION_ID, MC_UNIT_ID) so that an agent a dead runner left behind can be recognised
 * and ended (`endOrphanedAgent`). An agent that prints a permission prompt and then goes quiet is
 * stopped rather than left to its timeout.
 */
export async function runAgent(options: {
  profile: AgentProfile;
  prompt: string;
  cwd: string;
  apiKey?: string;
  /** Tools a person allowed after a refusal (Claude Code's --allowedTools). */
  allowTools?: string[];
  /** Mission Control's MCP server for the agent (Claude Code's --mcp-config). */
  mcp?: McpServerAccess;
  timeoutMs?: number;
  signal?: AbortSignal;
  onLine?: (stream: StreamName | "system", line: string) => void;
  onSpawn?: (pid: number) => void;
  env?: Record<string, string>;
}): Promise<AgentRun> {
  const { profile } = options;
  const agentHome = isCliAgentKind(profile.kind) ? await createAgentHome() : null;
  try {
    const invocation = agentInvocation(profile, options.prompt, {
      home: agentHome?.home ?? "",
      apiKey: options.apiKey,
      allowTools: options.allowTools,
      mcp: options.mcp,
    });
    if (agentHome && invocation.homeFiles)
      await writeAgentHomeFiles(agentHome.home, invocation.homeFiles, profile.name);
    return await runInvocation(options, invocation, agentHome?.home);
  } finally {
    await agentHome?.remove();
  }
}

async function runInvocation(
  options: Parameters<typeof runAgent>[0],
  invocation: AgentInvocation,
  home: string | undefined,
): Promise<AgentRun> {
  const parser = invocation.parser();
  const texts: string[] = [];
  let permissionPrompt: string | undefined;
  let stalled: NodeJS.Timeout | undefined;
  const stuck = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stuck.signal]) : stuck.signal;
  // The real CLIs run with stdin closed and never wait on a prompt; a generic CLI may.
  const mayPrompt = !isCliAgentKind(options.profile.kind);
  const watchPermission = (line: string) => {
    clearTimeout(stalled);
    if (!mayPrompt || !PERMISSION_PROMPT.test(line)) return;
    stalled = setTimeout(() => {
      permissionPrompt = line.trim();
      stuck.abort();
    }, PERMISSION_GRACE_MS);
  };
  const started = Date.now();
  const run = await runSubprocess(invocation.file, invocation.args, {
    cwd: options.cwd,
    env: { ...invocation.env, ...options.env },
    timeoutMs: options.timeoutMs ?? options.profile.timeoutSeconds * 1_000,
    signal,
    onSpawn: options.onSpawn,
    sandbox: { home },
    onLine(stream, line) {
      const shown = stream === "stderr" ? [line] : parser.push(line);
      for (const said of shown) {
        // Whatever the agent echoes of its own key never reaches the log or the markers' text.
        const text = options.apiKey ? said.replaceAll(options.apiKey, "[API key]") : said;
        if (stream === "stdout") texts.push(text);
        watchPermission(text);
        options.onLine?.(stream, text);
      }
    },
  });
  clearTimeout(stalled);
  const report = parser.report();
  if (report.finalText) texts.push(report.finalText);
  return {
    text: texts.join("\n"),
    report,
    run: permissionPrompt ? { ...run, cancelled: false } : run,
    permissionPrompt,
    durationMs: Date.now() - started,
  };
}

/** Why an agent run ended badly, in words a person reads on the unit; undefined when it did not. */
export function agentFailureReason(agent: AgentRun, timeoutMs: number): string | undefined {
  const { run } = agent;
  if (agent.permissionPrompt) return `stopped at a permission prompt: ${agent.permissionPrompt}`;
  if (run.spawnError) return `the agent could not start: ${run.spawnError}`;
  if (run.cancelled) return "cancelled";
  if (run.timedOut) return `timed out after ${Math.round(timeoutMs / 1_000)} s`;
  if (run.signal) return `the agent was killed (${run.signal})`;
  if (agent.report.deniedTools.length)
    return `the agent was refused a tool it asked for: ${agent.report.deniedTools.join("; ")}`;
  if (run.exitCode !== 0) {
    // A CLI that reports its own failure names the cause (a missing API key, an API error).
    const said = agent.report.isError
      ? agent.report.finalText.trim().split("\n")[0]?.slice(0, 200)
      : undefined;
    return `the agent crashed (exit code ${run.exitCode})${said ? `: ${said}` : ""}`;
  }
  return undefined;
}
