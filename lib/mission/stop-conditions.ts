/** What the loop's stop check reads of a mission. */
export type MissionLimits = {
  cancelRequestedAt: Date | null;
  maxRounds: number;
  wallTimeMinutes: number;
  budgetUsd: number | null;
  costUsd: number;
  startedAt: Date | null;
  createdAt: Date;
};

/** How many rounds in a row may plan work and merge none of it before the mission stalls. */
const STALL_ROUNDS = 2;

/**
 * Why the loop must stop before round `round`, short of a stall or the budget (DESIGN §4.7): a
 * person cancelled, max rounds or wall time. Null when none applies.
 */
export function limitStopReason(mission: MissionLimits, round: number, now: Date): string | null {
  if (mission.cancelRequestedAt) return "cancelled by a person";
  if (round > mission.maxRounds) return `max rounds reached (${mission.maxRounds})`;
  const started = mission.startedAt ?? mission.createdAt;
  if (now.getTime() - started.getTime() > mission.wallTimeMinutes * 60_000)
    return `wall time reached (${mission.wallTimeMinutes} min)`;
  return null;
}

/** The budget spent: the loop then pauses and asks a person to raise it or stop. */
export function budgetReached(mission: Pick<MissionLimits, "budgetUsd" | "costUsd">) {
  if (mission.budgetUsd === null || mission.costUsd < mission.budgetUsd) return null;
  return `budget reached ($${mission.costUsd.toFixed(2)} of $${mission.budgetUsd.toFixed(2)})`;
}

/** The rounds whose merges decide whether round `round` starts stalled; none early on. */
export function stallWindow(round: number): number[] {
  if (round <= STALL_ROUNDS) return [];
  return Array.from({ length: STALL_ROUNDS }, (_, back) => round - 1 - back);
}

/** A stall: every round of the window planned work, and none of it was merged. */
export function stallStopReason(window: {
  roundsWithUnits: number;
  mergedUnits: number;
}): string | null {
  return window.roundsWithUnits === STALL_ROUNDS && window.mergedUnits === 0
    ? "stalled: two rounds without a merged unit"
    : null;
}
