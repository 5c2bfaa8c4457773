import { agentInvocation } from "@/lib/agents/agent-invocation";
import { type AgentLine, parseStreamJsonLine } from "@/lib/agents/parse-stream-json-line";
import {
  runSubprocess,
  type StreamName,
  type SubprocessResult,
} from "@/lib/subprocess/run-subprocess";
import type { AgentProfile } from "@/lib/validation/agent-profiles";

// A question the agent asks and then waits on: it ends the line, like "[y/N]" or "Allow …?".
const PERMISSION_PROMPT = /(\[y\/n\]|\(y\/n\)|do you want to (allow|proceed)[^\n]*\?)\s*$/i;
const PERMISSION_GRACE_MS = 3_000;

export type AgentRun = {
  /** Everything the agent said, as text: where the result markers are looked for. */
  text: string;
  result?: AgentLine["result"];
  agentSessionId?: string;
  run: SubprocessResult;
  /** The prompt line the agent stopped at, when it waited for a permission nobody can give. */
  permissionPrompt?: string;
};

/**
 * The one way an agent runs, for a launched session and for every mission role (planner, critic,
 * worker, reviewer): the profile's command through the subprocess wrapper, its stream parsed into
 * text, result and session id. `env` should name the run (MC_SESSION_ID, MC_UNIT_ID) so that an
 * agent a dead runner left behind can be recognised and ended (`endOrphanedAgent`). An agent that
 * prints a permission prompt and then goes quiet is stopped rather than left to its timeout.
 */
export async function runAgent(options: {
  profile: AgentProfile;
  prompt: string;
  cwd: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  onLine?: (stream: StreamName | "system", line: string) => void;
  onSpawn?: (pid: number) => void;
  env?: Record<string, string>;
}): Promise<AgentRun> {
  const { profile } = options;
  const invocation = agentInvocation(profile, options.prompt);
  const texts: string[] = [];
  let result: AgentLine["result"];
  let agentSessionId: string | undefined;
  let permissionPrompt: string | undefined;
  let stalled: NodeJS.Timeout | undefined;
  const stuck = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stuck.signal]) : stuck.signal;

  const watchPermission = (line: string) => {
    clearTimeout(stalled);
    if (!PERMISSION_PROMPT.test(line)) return;
    stalled = setTimeout(() => {
      permissionPrompt = line.trim();
      stuck.abort();
    }, PERMISSION_GRACE_MS);
  };

  const run = await runSubprocess(invocation.file, invocation.args, {
    cwd: options.cwd,
    env: { ...invocation.env, ...options.env },
    timeoutMs: options.timeoutMs ?? profile.timeoutSeconds * 1_000,
    signal,
    onSpawn: options.onSpawn,
    onLine(stream, line) {
      if (stream === "stderr" || profile.outputFormat === "text") {
        if (stream === "stdout") texts.push(line);
        watchPermission(line);
        options.onLine?.(stream, line);
        return;
      }
      const parsed = parseStreamJsonLine(line);
      agentSessionId = parsed.sessionId ?? agentSessionId;
      result = parsed.result ?? result;
      // The final result is where the markers are: it belongs in the log as the agent said it.
      if (parsed.result?.text) options.onLine?.("stdout", parsed.result.text);
      if (parsed.display !== undefined) {
        texts.push(parsed.display);
        watchPermission(parsed.display);
        options.onLine?.("stdout", parsed.display);
      }
    },
  });
  clearTimeout(stalled);
  if (result?.text) texts.push(result.text);
  return {
    text: texts.join("\n"),
    result,
    agentSessionId,
    run: permissionPrompt ? { ...run, cancelled: false } : run,
    permissionPrompt,
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
  if (run.exitCode !== 0) return `the agent crashed (exit code ${run.exitCode})`;
  return undefined;
}
