import { getDb } from "@/lib/db";
import type { NumberedLine } from "@/lib/services/output/batched-output-writer";

/** Stores a batch of a unit's output lines; a batch written again is not doubled. */
export function appendUnitOutput(unitId: string, lines: NumberedLine[]) {
  return getDb().unitOutputLine.createMany({
    data: lines.map((line) => ({ unitId, ...line })),
    skipDuplicates: true,
  });
}

export async function lastUnitOutputSeq(unitId: string): Promise<number> {
  const last = await getDb().unitOutputLine.findFirst({
    where: { unitId },
    orderBy: { seq: "desc" },
    select: { seq: true },
  });
  return last?.seq ?? 0;
}
