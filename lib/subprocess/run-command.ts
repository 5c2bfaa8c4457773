import { execa } from "execa";

export type RunOptions = {
  cwd?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  input?: string;
};

/** `scheme://user:secret@host` → `scheme://***@host`: errors are shown and stored. */
export function redactCredentials(text: string) {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, "$1***@");
}

/**
 * Every subprocess goes through here: an argument array (never a shell string), a timeout,
 * and the whole process group killed when it is exceeded.
 */
export async function runCommand(file: string, args: readonly string[], options: RunOptions = {}) {
  const result = await execa(file, args, {
    cwd: options.cwd,
    env: options.env,
    input: options.input,
    timeout: options.timeoutMs ?? 60_000,
    forceKillAfterDelay: 2_000,
    detached: true,
    cleanup: true,
    reject: false,
    stripFinalNewline: true,
  });
  if (result.failed) {
    const reason = result.timedOut
      ? `timed out after ${options.timeoutMs ?? 60_000} ms`
      : `exited with ${result.exitCode}`;
    throw new Error(
      redactCredentials(
        `${file} ${args.join(" ")} ${reason}: ${result.stderr || result.stdout}`.trim(),
      ),
    );
  }
  return result.stdout;
}
