import type { Actor } from "@/lib/auth/actor";
import { UserInputError } from "@/lib/errors/user-input-error";
import { applyApiKeyChange } from "@/lib/services/settings/apply-api-key-change";
import { updateKnownSetting } from "@/lib/services/settings/update-known-setting";
import { withCliCommand } from "@/lib/services/settings/with-cli-command";
import type { AgentProfile } from "@/lib/validation/agent-profiles";
import type { ApiKeyChange } from "@/lib/validation/settings";

/**
 * Replaces the profile with the same id (ids do not change, since launches refer to them) and
 * sets, keeps or removes its API key, in one transaction.
 */
export function editAgentProfile(actor: Actor, input: AgentProfile, apiKey: ApiKeyChange = "keep") {
  const profile = withCliCommand(input);
  return updateKnownSetting(actor, "agent.profiles", async (profiles, tx) => {
    if (!profiles.some((existing) => existing.id === profile.id)) {
      throw new UserInputError(`There is no profile “${profile.id}” any more.`, "form");
    }
    await applyApiKeyChange(tx, actor, profile, apiKey);
    return {
      value: profiles.map((existing) => (existing.id === profile.id ? profile : existing)),
      details: { change: "edit_profile", profileId: profile.id },
    };
  });
}
