import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { insertKnowledge } from "@/lib/data/knowledge/insert-knowledge";
import { inTransaction } from "@/lib/data/transaction";
import { requireKnownIdentity } from "@/lib/services/knowledge/require-known-identity";
import type { KnowledgeInput } from "@/lib/validation/knowledge";

export async function createKnowledge(actor: Actor, input: KnowledgeInput) {
  authorize(actor, "operator");
  return inTransaction(async (tx) => {
    const author = await requireKnownIdentity(tx, input.createdByIdentityId);
    const knowledge = await insertKnowledge(tx, input, new Date());
    await insertAuditEntry(tx, {
      operation: "create_knowledge",
      targetType: "knowledge",
      targetId: knowledge.id,
      details: {
        title: input.title,
        type: input.type,
        category: input.category,
        confidence: input.confidence,
        createdBy: author,
      },
      userId: actor.userId,
      identityId: input.createdByIdentityId ?? null,
    });
    return knowledge;
  });
}
