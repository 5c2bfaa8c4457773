import { type CliRun, type CliRunInput, optionalEnv } from "@/lib/agents/clis/cli-run";
import { claudeCodeStreamParser } from "@/lib/agents/streams/claude-code-stream";

/*
 * The tools a unit may use without a prompt. `acceptEdits` alone still asks before `git add`
 * (so a headless run is refused it) and `bypassPermissions` refuses to start as root; this list
 * lets the agent edit, run commands and commit, and refuses the rest (WebFetch, WebSearch: there
 * is no outbound traffic but the model API).
 */
export const CLAUDE_ALLOWED_TOOLS = "Bash,Edit,MultiEdit,Write,Read,Glob,Grep,LS,TodoWrite";

/**
 * Claude Code headless: `-p` with stream-json (which needs --verbose), the profile's permission
 * mode with the allowed tools, telemetry and non-essential traffic off so the only calls it makes
 * go to the model API.
 */
export function claudeCodeCli({
  profile,
  prompt,
  home,
  apiKey,
  allowTools = [],
}: CliRunInput): CliRun {
  return {
    args: [
      "-p",
      prompt,
      "--output-format",
      "stream-json",
      "--verbose",
      "--permission-mode",
      profile.permissionMode,
      "--allowedTools",
      [CLAUDE_ALLOWED_TOOLS, ...allowTools].join(","),
      ...(profile.model ? ["--model", profile.model] : []),
      ...profile.extraArgs,
    ],
    env: {
      HOME: home,
      CLAUDE_CONFIG_DIR: `${home}/.claude`,
      DISABLE_TELEMETRY: "1",
      DISABLE_AUTOUPDATER: "1",
      DISABLE_ERROR_REPORTING: "1",
      CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
      // Claude Code refuses bypassPermissions as root unless it is told it runs in a sandbox.
      ...(profile.permissionMode === "bypassPermissions" ? { IS_SANDBOX: "1" } : {}),
      ...optionalEnv({ ANTHROPIC_API_KEY: apiKey, ANTHROPIC_BASE_URL: profile.apiBaseUrl }),
    },
    homeFiles: {},
    parser: claudeCodeStreamParser,
  };
}
