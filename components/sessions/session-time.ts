const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatSessionTime(value: Date | null): string {
  return value ? `${value.toISOString().replace("T", " ").slice(0, 16)} UTC` : "unknown";
}

function formatSpan(ms: number): string {
  if (ms < HOUR) return `${Math.max(0, Math.floor(ms / MINUTE))} min`;
  if (ms < 2 * DAY) {
    const minutes = Math.floor((ms % HOUR) / MINUTE);
    return `${Math.floor(ms / HOUR)} h${minutes ? ` ${minutes} min` : ""}`;
  }
  const hours = Math.floor((ms % DAY) / HOUR);
  return `${Math.floor(ms / DAY)} d${hours ? ` ${hours} h` : ""}`;
}

/** "1 h 30 min" for a closed session, "open for 5 h" for one still running. */
export function describeSessionDuration(
  start: Date | null,
  end: Date | null,
  now: Date = new Date(),
): string {
  if (!start) return end ? "unknown" : "open";
  if (!end) return `open for ${formatSpan(now.getTime() - start.getTime())}`;
  return formatSpan(end.getTime() - start.getTime());
}
