import type { Actor } from "@/lib/auth/actor";
import { UserInputError } from "@/lib/errors/user-input-error";
import { updateKnownSetting } from "@/lib/services/settings/update-known-setting";
import type { AgentProfile } from "@/lib/validation/agent-profiles";

export function addAgentProfile(actor: Actor, profile: AgentProfile) {
  return updateKnownSetting(actor, "agent.profiles", async (profiles) => {
    if (profiles.some((existing) => existing.id === profile.id)) {
      throw new UserInputError(`A profile with the id “${profile.id}” exists already.`, "id");
    }
    return {
      value: [...profiles, profile],
      details: { change: "add_profile", profileId: profile.id },
    };
  });
}
