import { PlannedUnitList } from "@/components/missions/planned-unit-list";
import { Badge } from "@/components/ui/badge";
import type { DeliberationAttempt as Attempt } from "@/lib/data/missions/mission-json";

/** One planner proposal and the critic's verdict on it. */
export function DeliberationAttempt({ attempt }: { attempt: Attempt }) {
  const units = attempt.proposal?.units ?? [];
  return (
    <li className="flex flex-col gap-2" data-testid="deliberation-attempt">
      <div className="text-sm font-medium">Attempt {attempt.attempt}</div>
      {attempt.proposal ? (
        <details className="text-sm">
          <summary className="cursor-pointer">
            Planner proposed {units.length === 1 ? "1 unit" : `${units.length} units`}
          </summary>
          <div className="mt-2">
            <PlannedUnitList units={units} />
          </div>
        </details>
      ) : attempt.proposalError ? (
        <p className="text-sm break-words text-destructive">
          Planner failed: {attempt.proposalError}
        </p>
      ) : (
        <p className="text-sm text-muted-foreground">Planner is working…</p>
      )}
      {attempt.verdict ? (
        <div className="flex flex-col gap-1 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <span>Critic:</span>
            <Badge
              variant={attempt.verdict.verdict === "sufficient" ? "secondary" : "outline"}
              data-testid="critic-verdict"
            >
              {attempt.verdict.verdict.replace("_", " ")}
            </Badge>
          </div>
          {attempt.verdict.feedback ? (
            <p className="whitespace-pre-wrap break-words text-muted-foreground">
              {attempt.verdict.feedback}
            </p>
          ) : null}
          {attempt.verdict.nextObjective ? (
            <p className="break-words">
              <span className="text-muted-foreground">Next objective: </span>
              {attempt.verdict.nextObjective}
            </p>
          ) : null}
        </div>
      ) : attempt.verdictError ? (
        <p className="text-sm break-words text-destructive">
          Critic failed: {attempt.verdictError}
        </p>
      ) : null}
    </li>
  );
}
