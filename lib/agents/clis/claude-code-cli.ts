import {
  type CliRun,
  type CliRunInput,
  type McpServerAccess,
  optionalEnv,
} from "@/lib/agents/clis/cli-run";
import { claudeCodeStreamParser } from "@/lib/agents/streams/claude-code-stream";

/*
 * The tools a unit may use without a prompt. `acceptEdits` alone still asks before `git add`
 * (so a headless run is refused it) and `bypassPermissions` refuses to start as root; this list
 * lets the agent edit, run commands and commit, and refuses the rest (WebFetch, WebSearch: there
 * is no outbound traffic but the model API).
 */
export const CLAUDE_ALLOWED_TOOLS = "Bash,Edit,MultiEdit,Write,Read,Glob,Grep,LS,TodoWrite";

const MCP_CONFIG_FILE = "mission-control-mcp.json";
const MCP_TOOLS = "mcp__mission-control__*";

/** The `--mcp-config` file: Mission Control's server over HTTP with the run's own token. */
function mcpConfig(mcp: McpServerAccess) {
  return JSON.stringify({
    mcpServers: {
      "mission-control": {
        type: "http",
        url: mcp.url,
        headers: { Authorization: `Bearer ${mcp.token}` },
      },
    },
  });
}

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
  mcp,
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
      [CLAUDE_ALLOWED_TOOLS, ...(mcp ? [MCP_TOOLS] : []), ...allowTools].join(","),
      ...(mcp ? ["--mcp-config", `${home}/${MCP_CONFIG_FILE}`, "--strict-mcp-config"] : []),
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
    homeFiles: mcp ? { [MCP_CONFIG_FILE]: mcpConfig(mcp) } : {},
    parser: claudeCodeStreamParser,
  };
}
