import { OutputTail } from "@/lib/subprocess/output-tail";
import { runSubprocess, type StreamName } from "@/lib/subprocess/run-subprocess";

export const VERIFICATION_OUTPUT_LIMIT = 20_000;

export type VerificationInput = {
  cwd: string;
  /** The program and its arguments, never a shell string; empty when the project has none. */
  command: readonly string[];
  timeoutMs: number;
  env?: Record<string, string>;
  signal?: AbortSignal;
  onLine?: (stream: StreamName, line: string) => void;
  /** How much of the output's end is kept (default 20,000 characters). */
  maxOutputChars?: number;
};

export type VerificationResult = {
  passed: boolean;
  /** The last lines of stdout and stderr, interleaved as they came. */
  output: string;
  /** Null when the command did not run, was killed or could not start. */
  exitCode: number | null;
  timedOut: boolean;
  cancelled: boolean;
};

/**
 * Runs the project's verification command in `cwd` (the green worktree), in the sandbox (it
 * sees that work tree, not Mission Control's files); it passes when it exits 0 in time. On
 * timeout or cancel its whole process group is killed. A project without a verification command
 * passes with the output "no verification command".
 */
export async function runVerification(input: VerificationInput): Promise<VerificationResult> {
  const [file, ...args] = input.command;
  if (!file?.trim()) {
    return {
      passed: true,
      output: "no verification command",
      exitCode: null,
      timedOut: false,
      cancelled: false,
    };
  }
  const tail = new OutputTail(input.maxOutputChars ?? VERIFICATION_OUTPUT_LIMIT);
  const result = await runSubprocess(file, args, {
    cwd: input.cwd,
    env: input.env,
    timeoutMs: input.timeoutMs,
    signal: input.signal,
    sandbox: {},
    onLine: (stream, line) => {
      tail.push(line);
      input.onLine?.(stream, line);
    },
  });
  if (result.spawnError) tail.push(`[could not start ${file}: ${result.spawnError}]`);
  if (result.timedOut) tail.push(`[verification timed out after ${input.timeoutMs} ms]`);
  if (result.cancelled) tail.push("[verification cancelled]");
  const passed =
    result.exitCode === 0 && !result.timedOut && !result.cancelled && !result.spawnError;
  return {
    passed,
    output: tail.text(),
    exitCode: result.exitCode,
    timedOut: result.timedOut,
    cancelled: result.cancelled,
  };
}
