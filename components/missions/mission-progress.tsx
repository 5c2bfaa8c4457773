/** Units done out of all planned, as a bar and in words. */
export function MissionProgress({ done, total }: { done: number; total: number }) {
  const percent = total ? Math.round((done / total) * 100) : 0;
  return (
    <div className="flex min-w-0 flex-col gap-1" data-testid="mission-progress">
      <div
        role="progressbar"
        aria-label="Units done"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        className="h-2 w-full overflow-hidden rounded-full bg-muted"
      >
        <div className="h-full bg-primary transition-all" style={{ width: `${percent}%` }} />
      </div>
      <span className="text-xs text-muted-foreground">
        {total ? `${done} of ${total} units done` : "No units planned yet"}
      </span>
    </div>
  );
}
