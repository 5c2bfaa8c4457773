import type { Actor } from "@/lib/auth/actor";
import { updateKnownSetting } from "@/lib/services/settings/update-known-setting";

export function saveApprovalTimeout(actor: Actor, seconds: number) {
  return updateKnownSetting(
    actor,
    "missions.approval_timeout_seconds",
    async () => ({ value: seconds, details: { value: seconds } }),
    "minutes",
  );
}
