import { startingEnvironment } from "@/lib/env";
import type { AgentKind } from "@/lib/validation/agent-profiles";

// The variables of the environment Mission Control was started in that an agent of each kind may
// read (its API key, its own settings); no other process gets them. CLAUDE_CONFIG_DIR is not
// passed: it would point Claude Code at the user's own config instead of the run's HOME.
const PASSED: Record<AgentKind, RegExp> = {
  "claude-code": /^(ANTHROPIC_|CLAUDE_(?!CONFIG_DIR$))/,
  codex: /^OPENAI_API_KEY$/,
  gemini: /^(GEMINI_API_KEY|GOOGLE_API_KEY)$/,
  generic: /^(ANTHROPIC_|CLAUDE_(?!CONFIG_DIR$)|OPENAI_API_KEY$|GEMINI_API_KEY$|GOOGLE_API_KEY$)/,
  scripted: /^MC_SCRIPTED_AGENT_/,
};

/** What an agent of `kind` inherits from Mission Control's own environment. */
export function agentProviderEnv(kind: AgentKind): Record<string, string> {
  return Object.fromEntries(
    Object.entries(startingEnvironment()).filter(([name]) => PASSED[kind].test(name)),
  );
}
