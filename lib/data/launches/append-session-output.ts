import { getDb } from "@/lib/db";
import type { NumberedLine } from "@/lib/services/output/batched-output-writer";

/** Stores a batch of output lines; a batch written again (a retried step) is not doubled. */
export function appendSessionOutput(sessionId: string, lines: NumberedLine[]) {
  return getDb().sessionOutputLine.createMany({
    data: lines.map((line) => ({ sessionId, ...line })),
    skipDuplicates: true,
  });
}
