import type { Actor } from "@/lib/auth/actor";
import { UserInputError } from "@/lib/errors/user-input-error";
import { currentSetting, updateKnownSetting } from "@/lib/services/settings/update-known-setting";

export function deleteAgentProfile(actor: Actor, profileId: string) {
  return updateKnownSetting(actor, "agent.profiles", async (profiles, tx) => {
    if (!profiles.some((profile) => profile.id === profileId)) {
      throw new UserInputError(`There is no profile “${profileId}” any more.`);
    }
    if (profiles.length === 1) {
      throw new UserInputError("This is the last profile: keep at least one.");
    }
    if ((await currentSetting(tx, "agent.default_profile")) === profileId) {
      throw new UserInputError(
        `“${profileId}” is the default profile: choose another default before deleting it.`,
      );
    }
    return {
      value: profiles.filter((profile) => profile.id !== profileId),
      details: { change: "delete_profile", profileId },
    };
  });
}
