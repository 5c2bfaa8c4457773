import { startingEnvironment } from "@/lib/env";

const PASSED_THROUGH = [
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "LANG",
  "LC_ALL",
  "TERM",
  "TMPDIR",
  "TZ",
];
const PASSED_PREFIXES = ["NODE_EXTRA_CA_CERTS"];

/**
 * The environment of git, an agent or a verification command: a few neutral variables and
 * `extra`, never Mission Control's secrets (AUTH_SECRET, DATABASE_URL, INNGEST_SIGNING_KEY, ...)
 * nor the agent CLIs' keys, which only the agent of that CLI gets (`agentProviderEnv`).
 */
export function childEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(startingEnvironment())) {
    if (PASSED_THROUGH.includes(name) || PASSED_PREFIXES.some((prefix) => name.startsWith(prefix)))
      env[name] = value;
  }
  return { ...env, ...extra };
}
