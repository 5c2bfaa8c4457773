import { UserInputError } from "@/lib/errors/user-input-error";
import { readSetting } from "@/lib/settings/read-setting";

/** The profile a launch uses: the one asked for, else the configured default. */
export async function resolveAgentProfile(profileId?: string) {
  const [profiles, defaultId] = await Promise.all([
    readSetting("agent.profiles"),
    readSetting("agent.default_profile"),
  ]);
  const wanted = profileId ?? defaultId;
  const profile = profiles.find((candidate) => candidate.id === wanted);
  if (!profile) throw new UserInputError(`There is no agent profile "${wanted}".`, "profileId");
  return profile;
}
