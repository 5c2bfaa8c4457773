import type { Actor } from "@/lib/auth/actor";
import { deleteAgentApiKey } from "@/lib/data/agent-api-keys/delete-agent-api-key";
import { saveAgentApiKey } from "@/lib/data/agent-api-keys/save-agent-api-key";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import type { Transaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import { type AgentProfile, isCliAgentKind } from "@/lib/validation/agent-profiles";
import type { ApiKeyChange } from "@/lib/validation/settings";

/**
 * Sets or removes a profile's API key inside the caller's transaction. The audit row names the
 * profile only: never the key, nor any part of it.
 */
export async function applyApiKeyChange(
  tx: Transaction,
  actor: Actor,
  profile: AgentProfile,
  change: ApiKeyChange,
): Promise<void> {
  if (change === "keep") return;
  const audit = (operation: string) =>
    insertAuditEntry(tx, {
      operation,
      targetType: "agent_profile",
      details: { profileId: profile.id },
      userId: actor.userId,
    });
  if (change === "remove") {
    if (await deleteAgentApiKey(tx, profile.id)) await audit("agent_api_key.removed");
    return;
  }
  if (!isCliAgentKind(profile.kind)) {
    throw new UserInputError(
      "Only claude-code, codex and gemini profiles take an API key.",
      "apiKey",
    );
  }
  await saveAgentApiKey(tx, profile.id, change.set, actor.userId);
  await audit("agent_api_key.set");
}
