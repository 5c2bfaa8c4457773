import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { incrementTimesApplied } from "@/lib/data/knowledge/increment-times-applied";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";

/** "Mark applied": one more use of the entry, counted atomically; returns the new count. */
export async function applyKnowledge(actor: Actor, id: string) {
  authorize(actor, "operator");
  return inTransaction(async (tx) => {
    const applied = await incrementTimesApplied(tx, id, new Date());
    if (!applied) throw new UserInputError("Unknown knowledge entry.", "form");
    await insertAuditEntry(tx, {
      operation: "apply_knowledge",
      targetType: "knowledge",
      targetId: id,
      details: { title: applied.title, timesApplied: applied.times_applied },
      userId: actor.userId,
    });
    return applied.times_applied;
  });
}
