import type { PlannedUnit } from "@/lib/mission/markers";

/*
 * Ordering a plan (DESIGN §4 step 3). Two units whose file hints overlap would likely conflict
 * when merged, so the later one (in plan order) waits for the earlier one. Units then run in
 * topological layers: every unit of a layer depends only on units of earlier layers.
 */

export type UnitOrder = {
  /** Unit keys by layer; within a layer in plan order. */
  layers: string[][];
  /** Every unit's dependencies (explicit and from file overlap) as the layers honour them. */
  dependencies: Record<string, string[]>;
  /**
   * Cycles among the explicit dependencies, each broken by dropping one dependency. Each cycle
   * lists its keys so that every key depends on the next and the last on the first; the first
   * key is the one earliest in plan order, and its dependency on the second was dropped (it is
   * not in `dependencies`).
   */
  cycles: string[][];
};

export type FileHint = { path: string; isDirectory: boolean };

/**
 * A files_hint as a repository path: `./`, leading and trailing slashes and doubled slashes
 * removed, backslashes as slashes. A glob stands for the directory before its first `*` or `?`
 * (`src/**\/*.ts` → `src`; brackets stay literal, as in `app/[id]/page.tsx`). `""` is the repository root (from `.`, `*` or `/`), which overlaps
 * every path. A blank hint says nothing and is undefined.
 */
export function normaliseHint(hint: string): FileHint | undefined {
  let text = hint.trim().replaceAll("\\", "/");
  if (!text) return undefined;
  let isDirectory = text.endsWith("/");
  const wildcard = text.search(/[*?]/);
  if (wildcard >= 0) {
    text = text.slice(0, text.lastIndexOf("/", wildcard) + 1);
    isDirectory = true;
  }
  const parts = text.split("/").filter((part) => part !== "" && part !== ".");
  return { path: parts.join("/"), isDirectory: isDirectory || parts.length === 0 };
}

/** Whether two normalised paths are the same or one is a directory prefix of the other. */
export function pathsOverlap(a: string, b: string): boolean {
  return a === b || a === "" || b === "" || b.startsWith(`${a}/`) || a.startsWith(`${b}/`);
}

function hintPaths(unit: PlannedUnit): string[] {
  return unit.files_hint.flatMap((hint) => {
    const normal = normaliseHint(hint);
    return normal ? [normal.path] : [];
  });
}

/** Whether any file hint of one unit overlaps any of the other's. */
export function unitsOverlap(a: PlannedUnit, b: PlannedUnit): boolean {
  const other = hintPaths(b);
  return hintPaths(a).some((path) => other.some((otherPath) => pathsOverlap(path, otherPath)));
}

/** Whether `from` depends on `to`, directly or through other units. */
function reaches(dependencies: Map<string, string[]>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const key = stack.pop() as string;
    if (key === to) return true;
    if (seen.has(key)) continue;
    seen.add(key);
    stack.push(...(dependencies.get(key) ?? []));
  }
  return false;
}

/**
 * A cycle among the remaining units, found by following each unit's first remaining dependency
 * (in plan order) from the earliest remaining unit. Every remaining unit has one, since none is
 * ready.
 */
function findCycle(
  order: string[],
  dependencies: Map<string, string[]>,
  remaining: Set<string>,
): string[] {
  const position = new Map(order.map((key, index) => [key, index]));
  const path: string[] = [];
  const seenAt = new Map<string, number>();
  let key = order.find((candidate) => remaining.has(candidate)) as string;
  while (!seenAt.has(key)) {
    seenAt.set(key, path.length);
    path.push(key);
    key = (dependencies.get(key) ?? [])
      .filter((dependency) => remaining.has(dependency))
      .sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))[0] as string;
  }
  const cycle = path.slice(seenAt.get(key));
  const earliest = cycle.reduce(
    (best, candidate, index) =>
      (position.get(candidate) ?? 0) < (position.get(cycle[best]) ?? 0) ? index : best,
    0,
  );
  return [...cycle.slice(earliest), ...cycle.slice(0, earliest)];
}

/** The remaining units none of whose dependencies remain, in plan order. */
function readyUnits(
  order: readonly string[],
  dependencies: Map<string, string[]>,
  remaining: Set<string>,
): string[] {
  return order.filter(
    (key) =>
      remaining.has(key) &&
      (dependencies.get(key) ?? []).every((dependency) => !remaining.has(dependency)),
  );
}

/**
 * Removes units that can be ordered (Kahn's algorithm); while some remain, they hold a cycle:
 * its earliest unit's dependency on the next one is dropped, and the search starts again.
 */
function breakCycles(order: string[], dependencies: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const remaining = new Set(order);
  while (remaining.size) {
    const ready = readyUnits(order, dependencies, remaining);
    if (ready.length) {
      for (const key of ready) remaining.delete(key);
      continue;
    }
    const cycle = findCycle(order, dependencies, remaining);
    const [first, second] = cycle;
    dependencies.set(
      first,
      (dependencies.get(first) ?? []).filter((key) => key !== second),
    );
    cycles.push(cycle);
  }
  return cycles;
}

/**
 * The plan's dependencies and its topological layers (Kahn's algorithm). Explicit `depends_on`
 * come first (names of units not in the plan are ignored); then, for each pair of units whose
 * file hints overlap, the later one in plan order depends on the earlier one, unless the earlier
 * one already depends on the later one (they are ordered already). A cycle among explicit
 * dependencies does not throw: it is broken deterministically and reported in `cycles`.
 */
export function orderUnits(units: readonly PlannedUnit[]): UnitOrder {
  const order = units.map((unit) => unit.key);
  const known = new Set(order);
  if (known.size !== order.length) throw new Error("orderUnits: unit keys must be unique");

  const dependencies = new Map<string, string[]>(
    units.map((unit) => [
      unit.key,
      [...new Set(unit.depends_on)].filter((key) => known.has(key) && key !== unit.key),
    ]),
  );
  units.forEach((later, j) => {
    for (const earlier of units.slice(0, j)) {
      const list = dependencies.get(later.key) as string[];
      if (list.includes(earlier.key) || !unitsOverlap(earlier, later)) continue;
      if (reaches(dependencies, earlier.key, later.key)) continue;
      list.push(earlier.key);
    }
  });

  const cycles = breakCycles(order, dependencies);
  const layers: string[][] = [];
  const remaining = new Set(order);
  while (remaining.size) {
    const ready = readyUnits(order, dependencies, remaining);
    layers.push(ready);
    for (const key of ready) remaining.delete(key);
  }

  const position = new Map(order.map((key, index) => [key, index]));
  return {
    layers,
    dependencies: Object.fromEntries(
      order.map((key) => [
        key,
        [...(dependencies.get(key) ?? [])].sort(
          (a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0),
        ),
      ]),
    ),
    cycles,
  };
}

/**
 * The directories a unit works in: the parent directory of each file hint, or the hint itself
 * when it names a directory (a trailing `/` or a glob). The repository root is left out: files
 * at the top level do not make units crowd each other.
 */
export function unitDirectories(unit: PlannedUnit): Set<string> {
  const directories = new Set<string>();
  for (const hint of unit.files_hint) {
    const normal = normaliseHint(hint);
    if (!normal) continue;
    const directory = normal.isDirectory
      ? normal.path
      : normal.path.slice(0, Math.max(0, normal.path.lastIndexOf("/")));
    if (directory) directories.add(directory);
  }
  return directories;
}

/** The share (0–1) of pairs of units that work in a common directory. */
export function directoryShare(units: readonly PlannedUnit[]): number {
  if (units.length < 2) return 0;
  const directories = units.map(unitDirectories);
  let pairs = 0;
  let sharing = 0;
  for (let i = 0; i < units.length; i++)
    for (let j = i + 1; j < units.length; j++) {
      pairs++;
      if ([...directories[i]].some((directory) => directories[j].has(directory))) sharing++;
    }
  return sharing / pairs;
}

/**
 * How many units of one layer run at once. Units of a layer have no overlapping files, but units
 * that work in the same directories still conflict often (the seed saw most parallel
 * cross-cutting work conflict). With `share` the share of pairs of the layer's units that have a
 * directory in common (see `unitDirectories`) and `n = min(workers, layer size)`:
 * no sharing → n; every pair sharing → 1; at least half the pairs sharing → at most 2;
 * otherwise one fewer per sharing pair, but not below 2. Never below 1.
 * `layerUnits` may be units or their keys (looked up in `allUnits`; unknown keys are skipped).
 */
export function workersForLayer(
  layerUnits: readonly (string | PlannedUnit)[],
  allUnits: readonly PlannedUnit[],
  workers: number,
): number {
  const byKey = new Map(allUnits.map((unit) => [unit.key, unit]));
  const units = layerUnits.flatMap((entry) => {
    const unit = typeof entry === "string" ? byKey.get(entry) : entry;
    return unit ? [unit] : [];
  });
  const n = Math.max(1, Math.min(Math.floor(workers) || 1, units.length || 1));
  if (units.length < 2) return n;
  const share = directoryShare(units);
  if (share === 0) return n;
  if (share === 1) return 1;
  if (share >= 0.5) return Math.min(n, 2);
  const pairs = (units.length * (units.length - 1)) / 2;
  const sharingPairs = Math.round(share * pairs);
  return Math.max(Math.min(n, 2), n - sharingPairs);
}
