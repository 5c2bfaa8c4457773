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
// Agents' own settings (API keys of the agent CLIs, the scripted agent's knobs) may come from the
// environment Mission Control was started in; nothing else of Mission Control's does.
const PASSED_PREFIXES = [
  "ANTHROPIC_",
  "CLAUDE_",
  "OPENAI_API_KEY",
  "GEMINI_API_KEY",
  "GOOGLE_API_KEY",
  "MC_SCRIPTED_AGENT_",
  "NODE_EXTRA_CA_CERTS",
];

/**
 * The environment of an agent or a verification command: a few neutral variables and `extra`,
 * never Mission Control's secrets (AUTH_SECRET, DATABASE_URL, INNGEST_SIGNING_KEY, ...).
 */
export function childEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(startingEnvironment())) {
    if (PASSED_THROUGH.includes(name) || PASSED_PREFIXES.some((prefix) => name.startsWith(prefix)))
      env[name] = value;
  }
  return { ...env, ...extra };
}
