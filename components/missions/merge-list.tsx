import { formatMissionTime, shortCommit } from "@/components/missions/mission-format";
import { ReviewScores } from "@/components/missions/review-scores";
import { UnitStatusBadge } from "@/components/missions/unit-status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { MergeView } from "@/lib/data/missions/get-mission-view";

function Verification({ passed }: { passed: boolean | null }) {
  if (passed === null) return <Badge variant="outline">not verified</Badge>;
  return (
    <Badge variant={passed ? "secondary" : "destructive"} data-testid="merge-verification">
      {passed ? "verification passed" : "verification failed"}
    </Badge>
  );
}

/** Merges into green, in order, with their verification and review. */
export function MergeList({ merges }: { merges: MergeView[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Merges</CardTitle>
      </CardHeader>
      <CardContent>
        {merges.length ? (
          <ol className="flex flex-col divide-y rounded-lg border">
            {merges.map((merge) => (
              <li key={merge.id} className="flex min-w-0 flex-col gap-2 p-3" data-testid="merge">
                <div className="flex flex-wrap items-center gap-2">
                  <UnitStatusBadge status={merge.status} />
                  <Verification passed={merge.verificationPassed} />
                  <span className="min-w-0 font-medium break-words">{merge.unitTitle}</span>
                </div>
                <p className="text-xs break-all text-muted-foreground">
                  <code>{merge.unitKey}</code> · commit{" "}
                  <code>{shortCommit(merge.mergeCommit)}</code>
                  {merge.linesChanged === null ? "" : ` · ${merge.linesChanged} lines changed`} ·{" "}
                  {formatMissionTime(merge.createdAt)}
                </p>
                {merge.review ? <ReviewScores review={merge.review} /> : null}
                {merge.verificationOutput ? (
                  <details className="text-sm">
                    <summary className="cursor-pointer">Verification output</summary>
                    <pre className="mt-2 max-h-80 overflow-auto rounded-md border bg-muted/40 p-3 font-mono text-xs whitespace-pre-wrap break-words">
                      {merge.verificationOutput}
                    </pre>
                  </details>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-muted-foreground">Nothing merged yet.</p>
        )}
      </CardContent>
    </Card>
  );
}
