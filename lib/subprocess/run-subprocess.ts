import { createInterface } from "node:readline";
import { execa } from "execa";
import { childEnvironment } from "@/lib/subprocess/child-environment";
import { killProcessGroup } from "@/lib/subprocess/kill-process-group";

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

/**
 * The one place Mission Control starts a subprocess: an argument array (never a shell string), a
 * minimal environment, its own process group, and on timeout or cancel SIGTERM to the whole
 * group, then SIGKILL after a grace period, so nothing it started outlives it.
 */
export async function runSubprocess(
  file: string,
  args: readonly string[],
  options: SubprocessOptions,
): Promise<SubprocessResult> {
  const streaming = Boolean(options.onLine);
  const subprocess = execa(file, args, {
    cwd: options.cwd,
    env: childEnvironment(options.env),
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
          options.onLine?.(stream, line);
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
  return {
    exitCode: result.exitCode ?? null,
    signal: result.signal ?? null,
    timedOut,
    cancelled,
    spawnError,
    stdout: typeof result.stdout === "string" ? result.stdout : "",
    stderr: typeof result.stderr === "string" ? result.stderr : "",
  };
}
