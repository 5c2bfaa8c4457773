import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { type LockedKnowledge, lockKnowledge } from "@/lib/data/knowledge/lock-knowledge";
import { updateKnowledge as writeKnowledge } from "@/lib/data/knowledge/update-knowledge";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import { requireKnownIdentity } from "@/lib/services/knowledge/require-known-identity";
import type { KnowledgeInput } from "@/lib/validation/knowledge";

const COLUMNS: [keyof KnowledgeInput, keyof LockedKnowledge][] = [
  ["title", "title"],
  ["description", "description"],
  ["type", "knowledge_type"],
  ["category", "knowledge_category"],
  ["confidence", "confidence_level"],
  ["createdByIdentityId", "created_by_identity_id"],
];

/** The fields an edit changed, with their values before and after (a description only by name). */
function changesOf(before: LockedKnowledge, input: KnowledgeInput) {
  const changed: Record<
    string,
    { from: string | number | null; to: string | number | null } | true
  > = {};
  for (const [field, column] of COLUMNS) {
    const from = before[column] ?? null;
    const to = input[field] ?? null;
    if (from !== to) changed[field] = field === "description" ? true : { from, to };
  }
  return changed;
}

export async function updateKnowledge(actor: Actor, id: string, input: KnowledgeInput) {
  authorize(actor, "operator");
  return inTransaction(async (tx) => {
    const before = await lockKnowledge(tx, id);
    if (!before) throw new UserInputError("Unknown knowledge entry.", "form");
    await requireKnownIdentity(tx, input.createdByIdentityId);
    const knowledge = await writeKnowledge(tx, id, input, new Date());
    await insertAuditEntry(tx, {
      operation: "update_knowledge",
      targetType: "knowledge",
      targetId: id,
      details: { title: input.title, changed: changesOf(before, input) },
      userId: actor.userId,
      identityId: input.createdByIdentityId ?? null,
    });
    return knowledge;
  });
}
