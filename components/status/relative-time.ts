/**
 * "3 min ago" / "in 2 h", measured from the report's own time (not the browser's clock), so the
 * server's render and the browser's agree.
 */
export function relativeTime(iso: string | null, from: string): string {
  if (!iso) return "not yet";
  const seconds = Math.round((new Date(iso).getTime() - new Date(from).getTime()) / 1000);
  const size = Math.abs(seconds);
  const amount =
    size < 60
      ? `${size} s`
      : size < 3600
        ? `${Math.round(size / 60)} min`
        : size < 172_800
          ? `${Math.round(size / 3600)} h`
          : `${Math.round(size / 86_400)} d`;
  return seconds < 0 ? `${amount} ago` : `in ${amount}`;
}
