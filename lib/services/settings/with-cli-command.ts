import { AGENT_CLI_COMMANDS } from "@/lib/agents/installed-agent-clis";
import { type AgentProfile, isCliAgentKind } from "@/lib/validation/agent-profiles";

/** A real CLI's profile runs the CLI's own executable unless it names another. */
export function withCliCommand(profile: AgentProfile): AgentProfile {
  return isCliAgentKind(profile.kind) && !profile.command
    ? { ...profile, command: AGENT_CLI_COMMANDS[profile.kind] }
    : profile;
}
