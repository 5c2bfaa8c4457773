/**
 * One verification a batch ran: the candidate holding its first `units` units (or, with
 * `without`, the `units` after that one), and the result.
 */
export type BatchVerification = {
  units: number;
  /** Set on a candidate of the units after `without` (1-based), merged without that unit. */
  without?: number;
  tree: string;
  passed: boolean;
  timedOut: boolean;
  /** The end of the command's output. */
  output: string;
  durationMs: number;
};

/**
 * The next batch's size: the mission's largest while batches pass, halved after a batch that
 * had to be bisected, doubled again (up to the largest) after each one that passed.
 */
export function nextBatchSize(largest: number, last: { size: number; status: string } | null) {
  const max = Math.max(1, largest);
  if (!last) return max;
  if (last.status === "bisected") return Math.max(1, Math.floor(last.size / 2));
  return Math.min(max, last.size * 2);
}

/**
 * Where to verify next while bisecting: prefix lengths strictly between `good` (a prefix known
 * to pass; 0 is green itself) and `bad` (one known to fail), evenly spread, at most `parallel`.
 */
export function bisectionPoints(good: number, bad: number, parallel: number) {
  const gap = bad - good;
  if (gap <= 1) return [];
  const count = Math.min(Math.max(1, parallel), gap - 1);
  const points = Array.from({ length: count }, (_, index) =>
    Math.round(good + ((index + 1) * gap) / (count + 1)),
  );
  return [...new Set(points)].filter((point) => point > good && point < bad);
}

/**
 * Narrows the bisection with the prefixes just verified: the longest passing one below the
 * shortest failing one. Prefixes are assumed monotone (a prefix of a passing one passes).
 */
export function narrowBisection(
  good: number,
  bad: number,
  results: { units: number; passed: boolean }[],
) {
  let nextBad = bad;
  for (const result of results)
    if (!result.passed && result.units < nextBad && result.units > good) nextBad = result.units;
  let nextGood = good;
  for (const result of results)
    if (result.passed && result.units > nextGood && result.units < nextBad) nextGood = result.units;
  return { good: nextGood, bad: nextBad };
}
