export function formatTime(value: Date | null): string {
  return value ? `${value.toISOString().replace("T", " ").slice(0, 19)} UTC` : "—";
}

export function formatDuration(start: Date | null, end: Date | null): string {
  if (!start || !end) return "—";
  const ms = end.getTime() - start.getTime();
  return ms < 1_000 ? `${ms} ms` : `${(ms / 1_000).toFixed(1)} s`;
}
