import { getDb } from "@/lib/db";

export type OutputLine = { seq: number; stream: "stdout" | "stderr" | "system"; line: string };

/** Stores a batch of output lines; a batch written again (a retried step) is not doubled. */
export function appendSessionOutput(sessionId: string, lines: OutputLine[]) {
  return getDb().sessionOutputLine.createMany({
    data: lines.map((line) => ({ sessionId, ...line })),
    skipDuplicates: true,
  });
}
