import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { UserInputError } from "@/lib/errors/user-input-error";
import { canRunAgentProfile } from "@/lib/services/settings/offered-agent-profiles";
import { currentSetting, updateKnownSetting } from "@/lib/services/settings/update-known-setting";

/** The default must be a profile that can run here: a real CLI's only once it is installed. */
export async function setDefaultAgentProfile(actor: Actor, profileId: string) {
  authorize(actor, "admin");
  return updateKnownSetting(
    actor,
    "agent.default_profile",
    async (_current, tx) => {
      const profiles = await currentSetting(tx, "agent.profiles");
      const profile = profiles.find((candidate) => candidate.id === profileId);
      if (!profile) {
        throw new UserInputError(`There is no profile “${profileId}”.`, "profileId");
      }
      if (!(await canRunAgentProfile(profile))) {
        throw new UserInputError(
          `The ${profile.kind} CLI is not installed on this machine: choose another profile.`,
          "profileId",
        );
      }
      return { value: profileId, details: { profileId } };
    },
    "profileId",
  );
}
