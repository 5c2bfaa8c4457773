import type { Actor } from "@/lib/auth/actor";
import { UserInputError } from "@/lib/errors/user-input-error";
import { currentSetting, updateKnownSetting } from "@/lib/services/settings/update-known-setting";

export function setDefaultAgentProfile(actor: Actor, profileId: string) {
  return updateKnownSetting(
    actor,
    "agent.default_profile",
    async (_current, tx) => {
      const profiles = await currentSetting(tx, "agent.profiles");
      if (!profiles.some((profile) => profile.id === profileId)) {
        throw new UserInputError(`There is no profile “${profileId}”.`, "profileId");
      }
      return { value: profileId, details: { profileId } };
    },
    "profileId",
  );
}
