import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { inTransaction } from "@/lib/data/transaction";
import { bumpSessionVersion } from "@/lib/data/users/bump-session-version";

/** Ends every session of the signed-in person, on every browser. API tokens stay. */
export async function signOutEverywhere(actor: Actor): Promise<void> {
  authorize(actor, "viewer");
  await inTransaction(async (tx) => {
    await bumpSessionVersion(tx, actor.userId);
    await insertAuditEntry(tx, {
      operation: "user.signed_out_everywhere",
      targetType: "user",
      targetId: actor.userId,
      userId: actor.userId,
    });
  });
}
