import { UserInputError } from "@/lib/errors/user-input-error";
import { readSetting } from "@/lib/settings/read-setting";

/** The configured agent profile with this id; a UserInputError on `field` when there is none. */
export async function requireAgentProfile(profileId: string, field: string) {
  const profiles = await readSetting("agent.profiles");
  const profile = profiles.find((candidate) => candidate.id === profileId);
  if (!profile) throw new UserInputError(`There is no agent profile "${profileId}".`, field);
  return profile;
}
