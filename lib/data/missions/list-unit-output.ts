import { getDb } from "@/lib/db";

export const UNIT_OUTPUT_PAGE = 500;

/** A unit's output lines after `afterSeq`, in order. */
export function listUnitOutput(unitId: string, afterSeq: number, take = UNIT_OUTPUT_PAGE) {
  return getDb().unitOutputLine.findMany({
    where: { unitId, seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    take,
    select: { seq: true, stream: true, line: true },
  });
}
