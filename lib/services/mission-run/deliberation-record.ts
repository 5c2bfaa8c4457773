import { z } from "zod";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type DeliberationEntry = {
  attempt: number;
  proposal: { units: unknown[] } | null;
  proposalError?: string;
  proposalOutput?: string;
  verdict: { verdict: string; feedback: string; next_objective?: string } | null;
  verdictError?: string;
};

const entriesSchema = z.array(z.looseObject({ attempt: z.number() })).catch([]);

/** The round's row, created on first use: deliberation attempts are stored as they happen. */
export async function ensureRound(missionId: string, roundNumber: number) {
  return getDb().missionRound.upsert({
    where: { missionId_roundNumber: { missionId, roundNumber } },
    create: { missionId, roundNumber },
    update: {},
  });
}

export function deliberationEntries(value: Prisma.JsonValue): DeliberationEntry[] {
  return entriesSchema.parse(value) as DeliberationEntry[];
}

/** Merges `patch` into the entry for `attempt` (creating it) in one statement-level update. */
export async function updateDeliberation(
  roundId: string,
  attempt: number,
  patch: Partial<DeliberationEntry>,
) {
  await getDb().$transaction(async (tx) => {
    const round = await tx.missionRound.findUniqueOrThrow({ where: { id: roundId } });
    const entries = deliberationEntries(round.deliberation);
    const existing = entries.find((entry) => entry.attempt === attempt);
    const next = existing
      ? entries.map((entry) => (entry.attempt === attempt ? { ...entry, ...patch } : entry))
      : [...entries, { attempt, proposal: null, verdict: null, ...patch }];
    await tx.missionRound.update({
      where: { id: roundId },
      data: { deliberation: next as unknown as Prisma.InputJsonValue },
    });
  });
}
