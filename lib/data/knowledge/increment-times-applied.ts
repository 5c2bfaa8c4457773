import type { Prisma } from "@/lib/generated/prisma/client";

/** Adds one in the database itself, so applications recorded at the same moment all count. */
export async function incrementTimesApplied(tx: Prisma.TransactionClient, id: string, at: Date) {
  const [row] = await tx.$queryRaw<{ title: string; times_applied: number }[]>`
    UPDATE claude_family.shared_knowledge
       SET times_applied = COALESCE(times_applied, 0) + 1, last_updated_at = ${at}
     WHERE knowledge_id = ${id}::uuid
    RETURNING title, times_applied`;
  return row ?? null;
}
