import { findSetting } from "@/lib/data/settings/find-setting";
import {
  KNOWN_SETTINGS,
  type KnownSettingKey,
  type KnownSettingValue,
} from "@/lib/settings/known-settings";

/**
 * A known setting's stored value, or its default when the row is missing. A stored value that no
 * longer fits the schema (written by hand or by an older version) also falls back to the default.
 */
export async function readSetting<K extends KnownSettingKey>(
  key: K,
): Promise<KnownSettingValue<K>> {
  const known = KNOWN_SETTINGS[key];
  const row = await findSetting(key);
  const parsed = row ? known.schema.safeParse(row.value) : undefined;
  return (parsed?.success ? parsed.data : known.defaultValue()) as KnownSettingValue<K>;
}
