import type { Actor } from "@/lib/auth/actor";
import { updateKnownSetting } from "@/lib/services/settings/update-known-setting";

export function saveAllowedRoots(actor: Actor, roots: string[]) {
  return updateKnownSetting(
    actor,
    "projects.allowed_roots",
    async () => ({ value: roots, details: { value: roots } }),
    "roots",
  );
}
