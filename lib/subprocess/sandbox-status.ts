import { execa } from "execa";
import { getEnv, startingEnvironment } from "@/lib/env";
import { findExecutable } from "@/lib/subprocess/find-executable";
import { NAMESPACE_FLAGS } from "@/lib/subprocess/sandbox-command";

export type SandboxStatus = { on: true; bwrap: string } | { on: false; reason: string };

const PROBE_TIMEOUT_MS = 10_000;

async function probe(): Promise<SandboxStatus> {
  const bwrap = findExecutable("bwrap", startingEnvironment().PATH ?? "/usr/bin:/bin");
  if (!bwrap)
    return {
      on: false,
      reason:
        "bubblewrap (bwrap) is not installed: install Debian's bubblewrap package (npm start does when it may use apt-get).",
    };
  const tried = await execa(
    bwrap,
    [...NAMESPACE_FLAGS, "--ro-bind", "/", "/", "--proc", "/proc", "--dev", "/dev", "--", "true"],
    { reject: false, timeout: PROBE_TIMEOUT_MS, stdin: "ignore", extendEnv: false, env: {} },
  );
  if (tried.exitCode === 0) return { on: true, bwrap };
  const said = String(tried.stderr || tried.shortMessage).split("\n")[0];
  return { on: false, reason: `bwrap cannot create namespaces on this machine (${said}).` };
}

// On globalThis: Next loads a module once per bundle layer, and the probe runs once per process.
const cache = globalThis as unknown as { mcSandboxProbe?: Promise<SandboxStatus> };

/**
 * Whether agents and verification commands run in the bubblewrap sandbox, and why not: turned
 * off with MC_SANDBOX=off, bwrap missing, or bwrap unable to create namespaces here.
 */
export function sandboxStatus(): Promise<SandboxStatus> {
  if (getEnv().MC_SANDBOX === "off")
    return Promise.resolve({ on: false, reason: "turned off (MC_SANDBOX=off)." });
  cache.mcSandboxProbe ??= probe();
  return cache.mcSandboxProbe;
}
