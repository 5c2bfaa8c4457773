import type { Transaction } from "@/lib/data/transaction";

export function insertKnowledgeEntries(
  tx: Transaction,
  entries: {
    title: string;
    description: string;
    knowledgeType: string;
    knowledgeCategory: string;
    confidenceLevel: number;
    createdByIdentityId: string;
  }[],
) {
  return tx.sharedKnowledge.createMany({ data: entries });
}
