import type { Actor } from "@/lib/auth/actor";
import { UserInputError } from "@/lib/errors/user-input-error";
import { applyApiKeyChange } from "@/lib/services/settings/apply-api-key-change";
import { currentSetting, updateKnownSetting } from "@/lib/services/settings/update-known-setting";

/** Deletes a profile and its API key. */
export function deleteAgentProfile(actor: Actor, profileId: string) {
  return updateKnownSetting(actor, "agent.profiles", async (profiles, tx) => {
    const profile = profiles.find((candidate) => candidate.id === profileId);
    if (!profile) {
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
    await applyApiKeyChange(tx, actor, profile, "remove");
    return {
      value: profiles.filter((candidate) => candidate.id !== profileId),
      details: { change: "delete_profile", profileId },
    };
  });
}
