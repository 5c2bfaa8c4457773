import { createInterface } from "node:readline";
import { execa } from "execa";
import { childEnvironment } from "@/lib/subprocess/child-environment";

export type StreamName = "stdout" | "stderr";

export type StreamingOptions = {
  cwd: string;
  /** Added to a minimal environment: the command never sees Mission Control's own secrets. */
  env?: Record<string, string>;
  timeoutMs: number;
  signal?: AbortSignal;
  onLine: (stream: StreamName, line: string) => void;
  /** Told the process id (its process group) as soon as the command has started. */
  onSpawn?: (pid: number) => void;
};

export type StreamingResult = {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  cancelled: boolean;
  /** Set when the command could not start at all (not found, not executable). */
  spawnError?: string;
};

const KILL_GRACE_MS = 2_000;

export function killGroup(pid: number | undefined, signal: NodeJS.Signals) {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/**
 * Runs a long command (an agent) through execa with an argument array, reporting its output line
 * by line. The command leads its own process group, so a timeout or a cancel ends it and every
 * process it started: SIGTERM to the group, then SIGKILL after a grace period.
 */
export async function spawnStreaming(
  file: string,
  args: readonly string[],
  options: StreamingOptions,
): Promise<StreamingResult> {
  const subprocess = execa(file, args, {
    cwd: options.cwd,
    env: childEnvironment(options.env),
    extendEnv: false,
    stdin: "ignore",
    detached: true,
    cleanup: true,
    reject: false,
    buffer: false,
  });
  if (subprocess.pid) options.onSpawn?.(subprocess.pid);
  let timedOut = false;
  let cancelled = false;
  const stop = () => {
    killGroup(subprocess.pid, "SIGTERM");
    setTimeout(() => killGroup(subprocess.pid, "SIGKILL"), KILL_GRACE_MS).unref();
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

  const readers = (["stdout", "stderr"] as const).map(async (stream) => {
    const source = subprocess[stream];
    if (!source) return;
    for await (const line of createInterface({
      input: source,
      crlfDelay: Number.POSITIVE_INFINITY,
    }))
      options.onLine(stream, line);
  });
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
  };
}
