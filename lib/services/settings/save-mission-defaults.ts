import type { Actor } from "@/lib/auth/actor";
import { updateKnownSetting } from "@/lib/services/settings/update-known-setting";
import type { MissionDefaults } from "@/lib/validation/settings";

export function saveMissionDefaults(actor: Actor, defaults: MissionDefaults) {
  return updateKnownSetting(actor, "missions.defaults", async () => ({
    value: defaults,
    details: { value: defaults },
  }));
}
