import type { Prisma } from "@/lib/generated/prisma/client";
import type { KnowledgeInput } from "@/lib/validation/knowledge";

export function updateKnowledge(
  tx: Prisma.TransactionClient,
  id: string,
  input: KnowledgeInput,
  at: Date,
) {
  return tx.sharedKnowledge.update({
    where: { id },
    data: {
      title: input.title,
      description: input.description,
      knowledgeType: input.type,
      knowledgeCategory: input.category,
      confidenceLevel: input.confidence,
      createdByIdentityId: input.createdByIdentityId ?? null,
      lastUpdatedAt: at,
    },
    select: { id: true },
  });
}
