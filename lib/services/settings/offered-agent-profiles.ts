import { type InstalledAgentClis, installedAgentClis } from "@/lib/agents/installed-agent-clis";
import { readSetting } from "@/lib/settings/read-setting";
import { type AgentProfile, isCliAgentKind } from "@/lib/validation/agent-profiles";

/** A generic or scripted profile always runs; a real CLI's only where the CLI is installed. */
export function isAgentProfileOffered(
  profile: Pick<AgentProfile, "kind">,
  installed: InstalledAgentClis,
): boolean {
  return !isCliAgentKind(profile.kind) || Boolean(installed[profile.kind]);
}

/** Whether `profile` can run here; the CLIs are looked for only when it is a real CLI's. */
export async function canRunAgentProfile(profile: Pick<AgentProfile, "kind">): Promise<boolean> {
  return (
    !isCliAgentKind(profile.kind) || isAgentProfileOffered(profile, await installedAgentClis())
  );
}

/**
 * The profiles launches and missions may be given. Settings lists every profile, a real CLI's
 * that is missing marked "not installed"; the pickers elsewhere offer only these.
 */
export async function listOfferedAgentProfiles(): Promise<AgentProfile[]> {
  const [profiles, installed] = await Promise.all([
    readSetting("agent.profiles"),
    installedAgentClis(),
  ]);
  return profiles.filter((profile) => isAgentProfileOffered(profile, installed));
}
