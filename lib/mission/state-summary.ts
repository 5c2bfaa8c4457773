import { type BatchSignals, batchSignalsSchema } from "@/lib/mission/batch-analysis";

/** The hard cap of the mission state summary, in characters. */
export const STATE_SUMMARY_MAX_CHARS = 2_000;

export type MissionStateInput = {
  objective: string;
  /** The round that just ended (the next planner round is `round + 1`). */
  round: number;
  /** Titles of merged units, most relevant first. */
  merged: string[];
  /** Failed, conflicted, reverted or blocked units, most relevant first. */
  failed: { title: string; reason?: string | null }[];
  /** `BatchSignals`, or the stored JSON of them (other shapes are left out). */
  signals?: unknown;
};

const oneLine = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** At most `limit` items, then "and N more" for the rest. */
function capped(items: string[], limit: number): string[] {
  if (items.length <= limit) return items;
  return [...items.slice(0, limit), `and ${items.length - limit} more`];
}

function render(
  input: MissionStateInput,
  signals: BatchSignals | undefined,
  limit: number,
  itemChars: number,
): string {
  const list = (items: string[]) => capped(items, limit).map((item) => `- ${item}`);
  const lines = [
    `# Mission state after round ${input.round}`,
    "",
    `Objective: ${oneLine(input.objective, 400)}`,
    "",
    `## Merged units (${input.merged.length})`,
    ...(input.merged.length
      ? list(input.merged.map((title) => oneLine(title, itemChars)))
      : ["- none yet"]),
    "",
    `## Failed units (${input.failed.length})`,
    ...(input.failed.length
      ? list(
          input.failed.map((unit) =>
            oneLine(unit.reason ? `${unit.title}: ${unit.reason}` : unit.title, itemChars),
          ),
        )
      : ["- none"]),
  ];
  if (signals) {
    const hot = signals.hotFiles.map((hot) => `${oneLine(hot.file, itemChars)} (${hot.count})`);
    const clusters = signals.failureClusters.map(
      (cluster) =>
        `${oneLine(cluster.reason, itemChars)}: ${cluster.units.length} unit${cluster.units.length === 1 ? "" : "s"}`,
    );
    const stalled = signals.stalledAreas.map(
      (area) => `${oneLine(area.area, itemChars)} (${area.failures} failures)`,
    );
    lines.push("", "## Signals");
    lines.push(hot.length ? `Hot files: ${capped(hot, limit).join(", ")}` : "Hot files: none");
    lines.push(...(clusters.length ? ["Failure clusters:", ...list(clusters)] : []));
    lines.push(
      stalled.length
        ? `Stalled areas: ${capped(stalled, limit).join(", ")}`
        : "Stalled areas: none",
    );
  }
  return lines.join("\n");
}

/**
 * A Markdown summary of the mission so far for the next planner round, never longer than
 * `maxChars` (default `STATE_SUMMARY_MAX_CHARS`): lists are shortened ("and N more") and items
 * clipped until it fits, and as a last resort the text itself is cut.
 */
export function missionStateSummary(
  input: MissionStateInput,
  { maxChars = STATE_SUMMARY_MAX_CHARS }: { maxChars?: number } = {},
): string {
  const signals = batchSignalsSchema.safeParse(input.signals).data;
  for (const [limit, itemChars] of [
    [10, 160],
    [8, 120],
    [6, 100],
    [4, 80],
    [3, 60],
    [2, 50],
    [1, 40],
    [0, 40],
  ]) {
    const text = render(input, signals, limit, itemChars);
    if (text.length <= maxChars) return text;
  }
  return `${render(input, signals, 0, 40).slice(0, Math.max(0, maxChars - 1))}…`;
}
