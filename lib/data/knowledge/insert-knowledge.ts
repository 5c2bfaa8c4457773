import type { Prisma } from "@/lib/generated/prisma/client";
import type { KnowledgeInput } from "@/lib/validation/knowledge";

export function insertKnowledge(tx: Prisma.TransactionClient, input: KnowledgeInput, at: Date) {
  return tx.sharedKnowledge.create({
    data: {
      title: input.title,
      description: input.description,
      knowledgeType: input.type,
      knowledgeCategory: input.category,
      confidenceLevel: input.confidence,
      createdByIdentityId: input.createdByIdentityId ?? null,
      timesApplied: 0,
      createdAt: at,
      lastUpdatedAt: at,
    },
    select: { id: true },
  });
}
