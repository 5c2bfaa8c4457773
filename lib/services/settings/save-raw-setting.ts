import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import type { InputJsonValue } from "@/lib/data/json";
import { findSettingInTransaction } from "@/lib/data/settings/find-setting-in-transaction";
import { lockSettings } from "@/lib/data/settings/lock-settings";
import { writeSetting } from "@/lib/data/settings/write-setting";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import { isKnownSetting } from "@/lib/settings/known-settings";
import type { RawSettingInput } from "@/lib/validation/settings";

/**
 * Adds (`isNew`) or replaces a setting the app has no form for. The audit row names the key
 * only: a raw value may hold a secret.
 */
export async function saveRawSetting(
  actor: Actor,
  input: RawSettingInput,
  { isNew }: { isNew: boolean },
) {
  authorize(actor, "admin");
  if (isKnownSetting(input.key)) {
    throw new UserInputError("This setting has its own form above; change it there.", "key");
  }
  return inTransaction(async (tx) => {
    await lockSettings(tx);
    const exists = Boolean(await findSettingInTransaction(tx, input.key));
    if (isNew && exists) {
      throw new UserInputError("This key exists already; edit it in the list.", "key");
    }
    if (!isNew && !exists) throw new UserInputError("This setting no longer exists.", "form");
    const setting = await writeSetting(tx, {
      key: input.key,
      value: input.value as InputJsonValue,
      description: input.description || null,
    });
    await insertAuditEntry(tx, {
      operation: "update_setting",
      targetType: "setting",
      details: { key: input.key, change: isNew ? "add" : "edit" },
      userId: actor.userId,
    });
    return setting;
  });
}
