import type { Actor } from "@/lib/auth/actor";
import { UserInputError } from "@/lib/errors/user-input-error";
import { updateKnownSetting } from "@/lib/services/settings/update-known-setting";
import type { AgentProfile } from "@/lib/validation/agent-profiles";

/** Replaces the profile with the same id; ids do not change, since launches refer to them. */
export function editAgentProfile(actor: Actor, profile: AgentProfile) {
  return updateKnownSetting(actor, "agent.profiles", async (profiles) => {
    if (!profiles.some((existing) => existing.id === profile.id)) {
      throw new UserInputError(`There is no profile “${profile.id}” any more.`, "form");
    }
    return {
      value: profiles.map((existing) => (existing.id === profile.id ? profile : existing)),
      details: { change: "edit_profile", profileId: profile.id },
    };
  });
}
