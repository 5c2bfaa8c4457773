/** "runner: local, last tick 12 s ago" — how the durable functions are run, and whether they are. */
export function RunnerStatus({
  mode,
  lastTick,
  now,
}: {
  mode: "local" | "external";
  lastTick: Date | null;
  now: Date;
}) {
  const age = lastTick
    ? Math.max(0, Math.round((now.getTime() - lastTick.getTime()) / 1000))
    : null;
  const stale = age === null || age > 150;
  return (
    <p className="text-sm" data-testid="runner-status">
      <span className={stale ? "text-destructive" : "text-muted-foreground"}>
        runner: {mode},{" "}
        {age === null
          ? "no tick yet"
          : `last tick ${age < 120 ? `${age} s` : `${Math.round(age / 60)} min`} ago`}
      </span>
    </p>
  );
}
