import { listOfferedAgentProfiles } from "@/lib/services/settings/offered-agent-profiles";
import { readSetting } from "@/lib/settings/read-setting";

/**
 * The profiles a person may choose for a mission (generic, scripted, and the real CLIs installed
 * here), and which one is the default.
 */
export async function listAgentProfileOptions() {
  const [profiles, defaultId] = await Promise.all([
    listOfferedAgentProfiles(),
    readSetting("agent.default_profile"),
  ]);
  return {
    profiles: profiles.map((profile) => ({ id: profile.id, name: profile.name })),
    defaultId,
  };
}
