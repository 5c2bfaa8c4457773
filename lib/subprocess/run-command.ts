import { redactCredentials } from "@/lib/subprocess/redact-credentials";
import { runSubprocess } from "@/lib/subprocess/run-subprocess";

export type RunOptions = {
  cwd?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  input?: string;
};

/** A short command whose output is wanted (git): its stdout, or an error saying why it failed. */
export async function runCommand(file: string, args: readonly string[], options: RunOptions = {}) {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const result = await runSubprocess(file, args, { ...options, timeoutMs });
  if (result.exitCode === 0 && !result.timedOut) return result.stdout;
  const reason = result.timedOut
    ? `timed out after ${timeoutMs} ms`
    : result.spawnError
      ? `could not start: ${result.spawnError}`
      : `exited with ${result.exitCode ?? result.signal}`;
  throw new Error(
    redactCredentials(
      `${file} ${args.join(" ")} ${reason}: ${result.stderr || result.stdout}`.trim(),
    ),
  );
}
