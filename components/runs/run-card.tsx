import { formatDuration, formatTime } from "@/components/runs/format-time";
import { RunControlButton } from "@/components/runs/run-control-button";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
import type { RunWithSteps } from "@/lib/data/runs/list-recent-runs";

export function RunCard({ run }: { run: RunWithSteps }) {
  const active = run.status === "queued" || run.status === "running";
  return (
    <li className="rounded-lg border p-3" data-testid="run">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0">
          <div className="truncate font-mono text-sm">{run.function_id}</div>
          <div className="text-xs text-muted-foreground">
            started {formatTime(run.started_at ?? run.created_at)} · finished{" "}
            {formatTime(run.ended_at)} · attempt {run.attempt + 1} of {run.max_attempts}
          </div>
        </div>
        <div className="flex items-center gap-2">
          <RunStatusBadge status={run.status} />
          <RunControlButton runId={run.run_id} action={active ? "cancel" : "rerun"} />
        </div>
      </div>
      {run.error?.message ? (
        <p className="mt-2 text-sm text-destructive">{run.error.message}</p>
      ) : null}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-muted-foreground">
          {run.steps.length} {run.steps.length === 1 ? "step" : "steps"}
        </summary>
        <ol className="mt-2 divide-y">
          {run.steps.map((step) => (
            <li
              key={`${step.name}-${step.started_at.toISOString()}`}
              className="flex flex-wrap items-baseline justify-between gap-2 py-1"
            >
              <span className="font-mono text-xs">{step.name ?? "step"}</span>
              <span className="text-xs text-muted-foreground">
                {step.status} · {formatDuration(step.started_at, step.ended_at)}
                {step.attempt ? ` · retry ${step.attempt}` : ""}
              </span>
              {step.error?.message ? (
                <span className="w-full text-xs text-destructive">{step.error.message}</span>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}
