import type { Prisma } from "@/lib/generated/prisma/client";

export type LockedKnowledge = {
  title: string;
  description: string;
  knowledge_type: string;
  knowledge_category: string;
  confidence_level: number | null;
  created_by_identity_id: string | null;
};

/** The entry's editable fields, locked until the transaction ends; null when there is none. */
export async function lockKnowledge(tx: Prisma.TransactionClient, id: string) {
  const [row] = await tx.$queryRaw<LockedKnowledge[]>`
    SELECT title, description, knowledge_type, knowledge_category, confidence_level, created_by_identity_id
      FROM claude_family.shared_knowledge WHERE knowledge_id = ${id}::uuid FOR UPDATE`;
  return row ?? null;
}
