import type { BatchSignals as Signals } from "@/lib/data/missions/mission-json";

/** What the batch analysis found after a round: hot files, failure clusters, stalled areas. */
export function BatchSignals({ signals }: { signals: Signals }) {
  const empty =
    !signals.hotFiles.length && !signals.failureClusters.length && !signals.stalledAreas.length;
  return (
    <div className="flex flex-col gap-1 text-sm" data-testid="batch-signals">
      <div className="font-medium">Batch signals</div>
      {empty ? <p className="text-muted-foreground">Nothing stood out.</p> : null}
      {signals.hotFiles.length ? (
        <p className="break-words">
          <span className="text-muted-foreground">Hot files: </span>
          {signals.hotFiles.map((hot) => `${hot.file} (${hot.count})`).join(", ")}
        </p>
      ) : null}
      {signals.failureClusters.map((cluster) => (
        <p key={cluster.reason} className="break-words">
          <span className="text-muted-foreground">Failed alike: </span>
          {cluster.reason} — {cluster.units.join(", ")}
        </p>
      ))}
      {signals.stalledAreas.length ? (
        <p className="break-words">
          <span className="text-muted-foreground">Stalled: </span>
          {signals.stalledAreas
            .map((area) => `${area.area} (${area.failures} failures)`)
            .join(", ")}
        </p>
      ) : null}
    </div>
  );
}
