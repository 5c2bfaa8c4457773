import { z } from "zod";

/*
 * Batch signals (DESIGN §4 step 6): heuristics over the units of a mission so far, fed to the
 * next planner round and shown in the UI.
 */

export type BatchUnit = {
  key: string;
  status: string;
  /** The files the unit changed, or its files hint when it changed none. */
  files: string[];
  reason?: string | null;
  round: number;
};

export type HotFile = { file: string; count: number };
export type FailureCluster = {
  /** The normalised reason the units share (numbers, hashes, ids and paths replaced). */
  reason: string;
  units: string[];
  /** One of the original reasons, as written. */
  example: string;
};
export type StalledArea = { area: string; failures: number; rounds: number[] };

export type BatchSignals = {
  hotFiles: HotFile[];
  failureClusters: FailureCluster[];
  stalledAreas: StalledArea[];
};

/** Batch signals read back from storage (JSON). */
export const batchSignalsSchema = z.object({
  hotFiles: z.array(z.object({ file: z.string(), count: z.number() })),
  failureClusters: z.array(
    z.object({
      reason: z.string(),
      units: z.array(z.string()),
      example: z.string().default(""),
    }),
  ),
  stalledAreas: z.array(
    z.object({ area: z.string(), failures: z.number(), rounds: z.array(z.number()).default([]) }),
  ),
}) satisfies z.ZodType<BatchSignals, unknown>;

/** Unit statuses that count as a failure; `blocked` (the worker gave up) counts too. */
export const FAILURE_STATUSES: readonly string[] = ["failed", "conflicted", "reverted", "blocked"];
const MERGED_STATUS = "merged";

const cleanPath = (file: string) =>
  file
    .trim()
    .replaceAll("\\", "/")
    .split("/")
    .filter((part) => part !== "" && part !== ".")
    .join("/");

/** The directory of a repository path; `.` for a file at the top level. */
export function areaOf(file: string): string {
  const path = cleanPath(file);
  const slash = path.lastIndexOf("/");
  return slash > 0 ? path.slice(0, slash) : ".";
}

/**
 * A reason reduced to what failures of the same kind share: its first line, lower case, with
 * UUIDs, commit hashes, file paths, quoted strings and numbers replaced by placeholders and
 * spaces collapsed, at most 120 characters. A unit without a reason gets its status.
 */
export function normaliseReason(reason: string | null | undefined, status: string): string {
  const firstLine = (reason ?? "").split(/\r?\n/).find((line) => line.trim()) ?? "";
  if (!firstLine.trim()) return status;
  return firstLine
    .toLowerCase()
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<id>")
    .replace(/\b[0-9a-f]{7,40}\b/g, (hash) =>
      /[a-f]/.test(hash) && /\d/.test(hash) ? "<sha>" : hash,
    )
    .replace(/(["'`])[^"'`]*\1/g, "<text>")
    .replace(/(?:[\w.-]+\/)+[\w.-]+|\b[\w-]+\.[a-z][a-z0-9]{0,5}\b/g, "<path>")
    .replace(/\d+(?:\.\d+)?/g, "<n>")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 120);
}

function hotFiles(units: readonly BatchUnit[]): HotFile[] {
  const counts = new Map<string, number>();
  for (const unit of units)
    for (const file of new Set(unit.files.map(cleanPath).filter(Boolean)))
      counts.set(file, (counts.get(file) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= 2)
    .map(([file, count]) => ({ file, count }))
    .sort((a, b) => b.count - a.count || a.file.localeCompare(b.file));
}

function failureClusters(failures: readonly BatchUnit[]): FailureCluster[] {
  const clusters = new Map<string, FailureCluster>();
  for (const unit of failures) {
    const reason = normaliseReason(unit.reason, unit.status);
    const cluster = clusters.get(reason);
    if (cluster) cluster.units.push(unit.key);
    else
      clusters.set(reason, {
        reason,
        units: [unit.key],
        example: unit.reason?.trim() || unit.status,
      });
  }
  return [...clusters.values()].sort(
    (a, b) => b.units.length - a.units.length || a.reason.localeCompare(b.reason),
  );
}

function stalledAreas(units: readonly BatchUnit[], failures: readonly BatchUnit[]): StalledArea[] {
  const merged = new Set(
    units.filter((unit) => unit.status === MERGED_STATUS).flatMap((unit) => unit.files.map(areaOf)),
  );
  const areas = new Map<string, { failures: number; rounds: Set<number> }>();
  for (const unit of failures)
    for (const area of new Set(unit.files.filter((file) => cleanPath(file)).map(areaOf))) {
      const entry = areas.get(area) ?? { failures: 0, rounds: new Set<number>() };
      entry.failures++;
      entry.rounds.add(unit.round);
      areas.set(area, entry);
    }
  return [...areas]
    .filter(([area, entry]) => entry.rounds.size >= 2 || (entry.failures >= 2 && !merged.has(area)))
    .map(([area, entry]) => ({
      area,
      failures: entry.failures,
      rounds: [...entry.rounds].sort((a, b) => a - b),
    }))
    .sort((a, b) => b.failures - a.failures || a.area.localeCompare(b.area));
}

/**
 * Hot files: files touched by two or more units. Failure clusters: failed, conflicted, reverted
 * and blocked units grouped by their normalised reason, largest first (a cluster may hold one
 * unit). Stalled areas: directories whose units failed in two or more rounds, or failed two or
 * more times with no merged unit touching that directory.
 */
export function analyseBatch(units: readonly BatchUnit[]): BatchSignals {
  const failures = units.filter((unit) => FAILURE_STATUSES.includes(unit.status));
  return {
    hotFiles: hotFiles(units),
    failureClusters: failureClusters(failures),
    stalledAreas: stalledAreas(units, failures),
  };
}
