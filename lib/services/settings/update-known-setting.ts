import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import type { InputJsonObject, InputJsonValue } from "@/lib/data/json";
import { findSettingInTransaction } from "@/lib/data/settings/find-setting-in-transaction";
import { lockSettings } from "@/lib/data/settings/lock-settings";
import { writeSetting } from "@/lib/data/settings/write-setting";
import { inTransaction, type Transaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import {
  KNOWN_SETTINGS,
  type KnownSettingKey,
  type KnownSettingValue,
} from "@/lib/settings/known-settings";

/** A known setting's value inside a transaction, or its default (as `readSetting` does). */
export async function currentSetting<K extends KnownSettingKey>(
  tx: Transaction,
  key: K,
): Promise<KnownSettingValue<K>> {
  const row = await findSettingInTransaction(tx, key);
  const parsed = row ? KNOWN_SETTINGS[key].schema.safeParse(row.value) : undefined;
  return (
    parsed?.success ? parsed.data : KNOWN_SETTINGS[key].defaultValue()
  ) as KnownSettingValue<K>;
}

type Change<K extends KnownSettingKey> = (
  current: KnownSettingValue<K>,
  tx: Transaction,
) => Promise<{ value: KnownSettingValue<K>; details: InputJsonObject }>;

/**
 * An admin's change to a known setting: the new value is derived from the current one under a
 * lock, checked against the setting's schema, stored, and audited in one transaction.
 * `details` go to the audit log, so they must never hold secrets.
 */
export async function updateKnownSetting<K extends KnownSettingKey>(
  actor: Actor,
  key: K,
  change: Change<K>,
  field = "form",
): Promise<KnownSettingValue<K>> {
  authorize(actor, "admin");
  return inTransaction(async (tx) => {
    await lockSettings(tx);
    const { value, details } = await change(await currentSetting(tx, key), tx);
    const parsed = KNOWN_SETTINGS[key].schema.safeParse(value);
    if (!parsed.success) throw new UserInputError(parsed.error.issues[0].message, field);
    await writeSetting(tx, {
      key,
      value: parsed.data as InputJsonValue,
      description: KNOWN_SETTINGS[key].description,
    });
    await insertAuditEntry(tx, {
      operation: "update_setting",
      targetType: "setting",
      details: { key, ...details },
      userId: actor.userId,
    });
    return parsed.data as KnownSettingValue<K>;
  });
}
