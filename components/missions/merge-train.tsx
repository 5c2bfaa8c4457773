import { formatSpan, shortCommit } from "@/components/missions/mission-format";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { MergeBatchView } from "@/lib/data/missions/get-mission-view";

const STATUS_TEXT: Record<string, string> = {
  verifying: "verifying",
  bisecting: "bisecting",
  landed: "landed",
  bisected: "bisected",
  empty: "nothing to land",
};

function UnitNames({
  label,
  units,
  testId,
}: {
  label: string;
  units: MergeBatchView["units"];
  testId: string;
}) {
  if (!units.length) return null;
  return (
    <p className="text-sm break-words" data-testid={testId}>
      <span className="text-muted-foreground">{label}: </span>
      {units.map((unit) => unit.title).join(", ")}
    </p>
  );
}

/** One batch: its units, what landed, which unit a bisection blamed, and each verification. */
function Batch({ batch }: { batch: MergeBatchView }) {
  const runs = batch.verifications;
  const verifyMs = runs.reduce((total, run) => total + run.durationMs, 0);
  return (
    <li className="flex min-w-0 flex-col gap-2 p-3" data-testid="merge-batch">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">Batch #{batch.position}</span>
        <Badge variant={batch.blamed.length ? "destructive" : "secondary"}>
          {STATUS_TEXT[batch.status] ?? batch.status}
        </Badge>
        <span className="text-xs text-muted-foreground">
          {batch.units.length} of up to {batch.size} units · {runs.length} verification
          {runs.length === 1 ? "" : "s"}
          {runs.length ? ` (${formatSpan(verifyMs)})` : ""}
          {batch.landedCommit ? ` · green at ${shortCommit(batch.landedCommit)}` : ""}
        </span>
      </div>
      <UnitNames label="Landed" units={batch.landed} testId="batch-landed" />
      <UnitNames label="Bisection blamed" units={batch.blamed} testId="batch-blamed" />
      <UnitNames label="Conflicted" units={batch.conflicted} testId="batch-conflicted" />
      <UnitNames label="Back to the train" units={batch.requeued} testId="batch-requeued" />
      {runs.length > 1 ? (
        <ol className="flex flex-wrap gap-1 text-xs" aria-label="Verifications">
          {runs.map((run) => (
            <li key={`${run.without ?? 0}-${run.units}`}>
              <Badge variant={run.passed ? "outline" : "destructive"}>
                {run.without
                  ? `the ${run.units} after unit ${run.without}, without it`
                  : `first ${run.units}`}
                : {run.passed ? "passed" : "failed"}
              </Badge>
            </li>
          ))}
        </ol>
      ) : null}
    </li>
  );
}

/**
 * The merge train: units that finished together are merged onto a candidate and verified once;
 * a red batch is bisected to the unit that broke it.
 */
export function MergeTrain({ batches }: { batches: MergeBatchView[] }) {
  if (!batches.length) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Merge train</CardTitle>
      </CardHeader>
      <CardContent>
        <ol className="flex flex-col divide-y rounded-lg border">
          {batches.map((batch) => (
            <Batch key={batch.id} batch={batch} />
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
