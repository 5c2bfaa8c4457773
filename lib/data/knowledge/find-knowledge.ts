import { getDb } from "@/lib/db";

export function findKnowledge(id: string) {
  return getDb().sharedKnowledge.findUnique({
    where: { id },
    include: { createdBy: { select: { name: true } } },
  });
}
