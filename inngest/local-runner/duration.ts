const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Parses the SDK's duration strings ("30s", "1h30m", "500ms") into milliseconds. */
export function parseDuration(value: string): number {
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)\s*(ms|w|d|h|m|s)/g)];
  if (!parts.length || parts.map((part) => part[0]).join("") !== value.replace(/\s/g, "")) {
    throw new Error(`Unsupported duration "${value}"`);
  }
  return parts.reduce(
    (total, [, amount, unit]) => total + Number(amount) * (UNIT_MS[unit as string] ?? 0),
    0,
  );
}

/** A Sleep op's `name`, or a wait's timeout: a duration, or an ISO date (sleepUntil, a Date timeout). */
export function wakeTime(value: string, now: Date): Date {
  if (value === "" || value === "0") return now;
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) throw new Error(`Unsupported sleep time "${value}"`);
    return at;
  }
  return new Date(now.getTime() + parseDuration(value));
}
