import { z } from "zod";

/** One planner-and-critic attempt of a round, as stored in `mission_rounds.deliberation`. */
export type DeliberationEntry = {
  attempt: number;
  proposal: { units: unknown[] } | null;
  proposalError?: string;
  proposalOutput?: string;
  verdict: { verdict: string; feedback: string; next_objective?: string } | null;
  verdictError?: string;
};

const entriesSchema = z.array(z.looseObject({ attempt: z.number() })).catch([]);

/** The stored attempts; anything that is not a list of attempts reads as none. */
export function deliberationEntries(value: unknown): DeliberationEntry[] {
  return entriesSchema.parse(value) as DeliberationEntry[];
}

/** The attempts with `patch` merged into attempt `attempt`, which is added when it is new. */
export function patchDeliberation(
  entries: DeliberationEntry[],
  attempt: number,
  patch: Partial<DeliberationEntry>,
): DeliberationEntry[] {
  return entries.some((entry) => entry.attempt === attempt)
    ? entries.map((entry) => (entry.attempt === attempt ? { ...entry, ...patch } : entry))
    : [...entries, { attempt, proposal: null, verdict: null, ...patch }];
}

/**
 * The critic's latest proposed next objective: the last one given in the newest round that gave
 * any. `deliberations` are the rounds' stored attempts, newest round first.
 */
export function latestNextObjective(deliberations: unknown[]): string | null {
  for (const deliberation of deliberations) {
    const entries = Array.isArray(deliberation) ? deliberation : [];
    for (const entry of [...entries].reverse()) {
      const next = (entry as { verdict?: { next_objective?: unknown } } | null)?.verdict
        ?.next_objective;
      if (typeof next === "string" && next.trim()) return next.trim();
    }
  }
  return null;
}
