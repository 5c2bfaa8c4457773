import { getDb } from "@/lib/db";

/** Output lines of a launched session after `afterSeq`, in order. */
export function listSessionOutput(sessionId: string, afterSeq: number, take = 500) {
  return getDb().sessionOutputLine.findMany({
    where: { sessionId, seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    take,
    select: { seq: true, stream: true, line: true },
  });
}
