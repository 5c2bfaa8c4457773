import { AGENT_EMAIL } from "@/lib/agents/agent-home";
import { type CliRun, type CliRunInput, optionalEnv } from "@/lib/agents/clis/cli-run";
import { geminiStreamParser } from "@/lib/agents/streams/gemini-stream";

// Without a selected auth type headless mode fails ("Invalid auth method selected.", exit 41).
const SETTINGS = {
  security: { auth: { selectedType: "gemini-api-key" } },
  privacy: { usageStatisticsEnabled: false },
  general: { enableAutoUpdate: false, enableAutoUpdateNotification: false },
  telemetry: { enabled: false },
  // No traffic but the model API: the web tools stay off, as Claude Code's WebFetch does.
  tools: { exclude: ["web_fetch", "google_web_search"] },
};

// Gemini's approval modes for the profile's permission mode.
const APPROVAL_MODE = {
  default: "default",
  acceptEdits: "auto_edit",
  plan: "plan",
  bypassPermissions: "yolo",
} as const;

// Gemini's shell sets GIT_CONFIG_GLOBAL=/dev/null, so the run's ~/.gitconfig is not read.
const gitIdentity = (name: string) => ({
  GIT_AUTHOR_NAME: name,
  GIT_AUTHOR_EMAIL: AGENT_EMAIL,
  GIT_COMMITTER_NAME: name,
  GIT_COMMITTER_EMAIL: AGENT_EMAIL,
});

/**
 * `gemini -p` with stream-json and `--approval-mode yolo` (which works as root). A model is
 * passed when the profile names one; without it the CLI first asks a router model which to use.
 */
export function geminiCli({ profile, prompt, home, apiKey }: CliRunInput): CliRun {
  return {
    args: [
      "-p",
      prompt,
      "--output-format",
      "stream-json",
      "--skip-trust",
      "--approval-mode",
      APPROVAL_MODE[profile.permissionMode],
      ...(profile.model ? ["-m", profile.model] : []),
      ...profile.extraArgs,
    ],
    env: {
      HOME: home,
      ...gitIdentity(profile.name),
      ...optionalEnv({ GEMINI_API_KEY: apiKey, GOOGLE_GEMINI_BASE_URL: profile.apiBaseUrl }),
    },
    homeFiles: { ".gemini/settings.json": `${JSON.stringify(SETTINGS, null, 2)}\n` },
    parser: () => geminiStreamParser(profile.model || undefined),
  };
}
