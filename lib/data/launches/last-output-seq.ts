import { getDb } from "@/lib/db";

export async function lastOutputSeq(sessionId: string): Promise<number> {
  const last = await getDb().sessionOutputLine.findFirst({
    where: { sessionId },
    orderBy: { seq: "desc" },
    select: { seq: true },
  });
  return last?.seq ?? 0;
}
