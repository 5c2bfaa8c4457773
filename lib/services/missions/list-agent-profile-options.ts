import { readSetting } from "@/lib/settings/read-setting";

/** The profiles a person may choose for a mission, and which one is the default. */
export async function listAgentProfileOptions() {
  const [profiles, defaultId] = await Promise.all([
    readSetting("agent.profiles"),
    readSetting("agent.default_profile"),
  ]);
  return {
    profiles: profiles.map((profile) => ({ id: profile.id, name: profile.name })),
    defaultId,
  };
}
