import type { Actor } from "@/lib/auth/actor";
import { UserInputError } from "@/lib/errors/user-input-error";
import { applyApiKeyChange } from "@/lib/services/settings/apply-api-key-change";
import { updateKnownSetting } from "@/lib/services/settings/update-known-setting";
import { withCliCommand } from "@/lib/services/settings/with-cli-command";
import type { AgentProfile } from "@/lib/validation/agent-profiles";
import type { ApiKeyChange } from "@/lib/validation/settings";

/** Adds a profile and, for a real CLI, its API key, in one transaction. */
export function addAgentProfile(actor: Actor, input: AgentProfile, apiKey: ApiKeyChange = "keep") {
  const profile = withCliCommand(input);
  return updateKnownSetting(actor, "agent.profiles", async (profiles, tx) => {
    if (profiles.some((existing) => existing.id === profile.id)) {
      throw new UserInputError(`A profile with the id “${profile.id}” exists already.`, "id");
    }
    // A key left by a profile of this id that went away without Settings is not this one's.
    await applyApiKeyChange(tx, actor, profile, "remove");
    await applyApiKeyChange(tx, actor, profile, apiKey);
    return {
      value: [...profiles, profile],
      details: { change: "add_profile", profileId: profile.id },
    };
  });
}
