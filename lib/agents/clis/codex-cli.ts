import path from "node:path";
import { type CliRun, type CliRunInput, optionalEnv } from "@/lib/agents/clis/cli-run";
import { codexStreamParser } from "@/lib/agents/streams/codex-stream";

const OPENAI_API = "https://api.openai.com/v1";
// The variable Codex reads the key from: the stored key, or OPENAI_API_KEY as Mission Control got it.
const KEY_VARIABLE = "OPENAI_API_KEY";

/** Codex's config for one run: one provider at the profile's base URL, nothing else that calls out. */
function codexConfig(model: string, baseUrl: string) {
  return [
    ...(model ? [`model = ${JSON.stringify(model)}`] : []),
    `model_provider = "mc"`,
    `check_for_update_on_startup = false`,
    "",
    // Each of these otherwise calls out: analytics, feedback, and a plugin sync from GitHub.
    "[analytics]",
    "enabled = false",
    "",
    "[feedback]",
    "enabled = false",
    "",
    "[features]",
    "plugins = false",
    "",
    "[model_providers.mc]",
    `name = "Mission Control"`,
    `base_url = ${JSON.stringify(baseUrl)}`,
    `wire_api = "responses"`,
    `env_key = "${KEY_VARIABLE}"`,
    "",
  ].join("\n");
}

/*
 * The profile's permission mode as Codex's sandbox. Units need bypassPermissions (the default):
 * with `--sandbox workspace-write` the repository's `.git` is read-only (a worktree's even lives
 * outside the workspace), so the agent could not commit; each unit has its own worktree instead.
 */
const SANDBOX = {
  bypassPermissions: ["--dangerously-bypass-approvals-and-sandbox"],
  acceptEdits: ["--sandbox", "workspace-write"],
  default: ["--sandbox", "workspace-write"],
  plan: ["--sandbox", "read-only"],
} as const;

/** `codex exec --json` with the provider of the run's config and the profile's sandbox. */
export function codexCli({ profile, prompt, home, apiKey }: CliRunInput): CliRun {
  return {
    args: [
      "exec",
      "--json",
      "--skip-git-repo-check",
      ...SANDBOX[profile.permissionMode],
      ...profile.extraArgs,
      prompt,
    ],
    env: {
      HOME: home,
      CODEX_HOME: path.join(home, ".codex"),
      ...optionalEnv({ [KEY_VARIABLE]: apiKey }),
    },
    homeFiles: {
      ".codex/config.toml": codexConfig(profile.model, profile.apiBaseUrl || OPENAI_API),
    },
    parser: () => codexStreamParser(profile.model || undefined),
  };
}
