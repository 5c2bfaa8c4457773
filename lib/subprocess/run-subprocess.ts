import { constants } from "node:os";
import { createInterface } from "node:readline";
import { execa } from "execa";
import { getEnv } from "@/lib/env";
import { childEnvironment } from "@/lib/subprocess/child-environment";
import { killProcessGroup } from "@/lib/subprocess/kill-process-group";
import { secretRedactor } from "@/lib/subprocess/redact-secrets";
import { sandboxCommand } from "@/lib/subprocess/sandbox-command";
import { sandboxStatus } from "@/lib/subprocess/sandbox-status";

export type StreamName = "stdout" | "stderr";

export type SubprocessOptions = {
  cwd?: string;
  /** Added to a minimal environment: the command never sees Mission Control's own secrets. */
  env?: Record<string, string>;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Written to stdin, which is otherwise closed. */
  input?: string;
  /** Given each line as it comes; without it, stdout and stderr are collected instead. */
  onLine?: (stream: StreamName, line: string) => void;
  /** Told the process id (the leader of its process group) as soon as the command started. */
  onSpawn?: (pid: number) => void;
  /**
   * Run in the bubblewrap sandbox when it is on (`sandboxStatus`): the command sees its work tree
   * and git common dir, a private HOME (or `home`, read-write) and /tmp, the system read-only,
   * and none of Mission Control's files. For agents and verification commands, never for git.
   */
  sandbox?: { home?: string };
};

export type SubprocessResult = {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  cancelled: boolean;
  /** Set when the command could not start at all (not found, not executable). */
  spawnError?: string;
  /** Collected output; empty when `onLine` took it. */
  stdout: string;
  stderr: string;
};

const KILL_GRACE_MS = 2_000;

const SIGNAL_NAMES = Object.fromEntries(
  Object.entries(constants.signals).map(([name, number]) => [number, name]),
);

/** The command line to start: the command itself, or bwrap running it in the sandbox. */
async function commandLine(file: string, args: readonly string[], options: SubprocessOptions) {
  const env = childEnvironment(options.env);
  const status = options.sandbox ? await sandboxStatus() : undefined;
  if (!options.sandbox || !status?.on) return { file, args, env, sandboxed: false };
  const sandboxed = sandboxCommand(status.bwrap, {
    file,
    args,
    cwd: options.cwd ?? process.cwd(),
    env,
    home: options.sandbox.home,
    dataDir: getEnv().dataDir,
  });
  return { ...sandboxed, env, sandboxed: true };
}

const notStarted = (spawnError: string): SubprocessResult => ({
  exitCode: null,
  signal: null,
  timedOut: false,
  cancelled: false,
  spawnError,
  stdout: "",
  stderr: "",
});

/**
 * The one place Mission Control starts a subprocess: an argument array (never a shell string), a
 * minimal environment, optionally the sandbox, its own process group, and on timeout or cancel
 * SIGTERM to the whole group, then SIGKILL after a grace period, so nothing it started outlives
 * it. Secrets in its output are masked (`secretRedactor`).
 */
export async function runSubprocess(
  file: string,
  args: readonly string[],
  options: SubprocessOptions,
): Promise<SubprocessResult> {
  const streaming = Boolean(options.onLine);
  const command = await commandLine(file, args, options);
  if ("spawnError" in command) return notStarted(command.spawnError);
  const redact = secretRedactor();
  const subprocess = execa(command.file, command.args, {
    cwd: options.cwd,
    env: command.env,
    extendEnv: false,
    ...(options.input === undefined ? { stdin: "ignore" as const } : { input: options.input }),
    detached: true,
    cleanup: true,
    reject: false,
    buffer: !streaming,
    stripFinalNewline: true,
  });
  if (subprocess.pid) options.onSpawn?.(subprocess.pid);
  let timedOut = false;
  let cancelled = false;
  const stop = () => {
    killProcessGroup(subprocess.pid, "SIGTERM");
    setTimeout(() => killProcessGroup(subprocess.pid, "SIGKILL"), KILL_GRACE_MS).unref();
  };
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, options.timeoutMs);
  const onAbort = () => {
    cancelled = true;
    stop();
  };
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener("abort", onAbort, { once: true });

  const readers = streaming
    ? (["stdout", "stderr"] as const).map(async (stream) => {
        const source = subprocess[stream];
        if (!source) return;
        for await (const line of createInterface({
          input: source,
          crlfDelay: Number.POSITIVE_INFINITY,
        }))
          options.onLine?.(stream, redact(line));
      })
    : [];
  const result = await subprocess;
  await Promise.allSettled(readers);
  clearTimeout(timer);
  options.signal?.removeEventListener("abort", onAbort);
  const spawnError =
    result.exitCode === undefined && !result.signal && result.failed
      ? (result.originalMessage ?? result.shortMessage)
      : undefined;
  // bwrap exits 128 + n when the command inside was killed by signal n.
  const killedInside =
    command.sandboxed && result.exitCode !== undefined && result.exitCode > 128
      ? SIGNAL_NAMES[result.exitCode - 128]
      : undefined;
  return {
    exitCode: killedInside ? null : (result.exitCode ?? null),
    signal: killedInside ?? result.signal ?? null,
    timedOut,
    cancelled,
    spawnError,
    stdout: typeof result.stdout === "string" ? redact(result.stdout) : "",
    stderr: typeof result.stderr === "string" ? redact(result.stderr) : "",
  };
}
