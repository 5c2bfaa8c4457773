import type { Tx } from "@/inngest/local-runner/pg-pool";

export type JobKind = "call" | "wake" | "wait-timeout";

export async function enqueueJob(
  tx: Tx,
  job: { runId: string; kind: JobKind; stepId?: string | null; attempt?: number; runAt: Date },
) {
  await tx.query(
    "INSERT INTO inngest_runner.jobs (run_id, kind, step_id, attempt, run_at) VALUES ($1, $2, $3, $4, $5)",
    [job.runId, job.kind, job.stepId ?? null, job.attempt ?? 0, job.runAt],
  );
}

/**
 * Stores a step's outcome, then calls the function again to discover what comes next, but only
 * once no other planned parallel step is left, so a discovery call never races a step still in
 * flight. One statement: its parts see one snapshot, so the step itself is left out of the check.
 */
export async function settleStep(
  tx: Tx,
  step: {
    runId: string;
    stepId: string;
    name?: string | null;
    op: string;
    memo: { data: unknown } | { error: unknown };
    attempt?: number;
    /** When the step began, if not when an earlier op recorded it. */
    startedAt?: Date;
    at: Date;
  },
) {
  const failed = "error" in step.memo;
  await tx.query(
    `WITH memoized AS (
       INSERT INTO inngest_runner.steps (run_id, step_id, name, op, status, attempt, memo, error, started_at, ended_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, COALESCE($10::timestamptz, $9), $9)
       ON CONFLICT (run_id, step_id) DO UPDATE SET status = EXCLUDED.status, memo = EXCLUDED.memo, error = EXCLUDED.error,
         attempt = EXCLUDED.attempt, ended_at = EXCLUDED.ended_at, name = COALESCE(inngest_runner.steps.name, EXCLUDED.name),
         started_at = COALESCE($10::timestamptz, inngest_runner.steps.started_at)
     ), settled AS (
       SELECT NOT EXISTS (
         SELECT 1 FROM inngest_runner.steps WHERE run_id = $1 AND status = 'planned' AND step_id <> $2
       ) AS yes
     ), replaced AS (
       DELETE FROM inngest_runner.jobs
        WHERE run_id = $1 AND kind = 'call' AND step_id IS NULL AND leased_until IS NULL AND (SELECT yes FROM settled)
     )
     INSERT INTO inngest_runner.jobs (run_id, kind, step_id, attempt, run_at)
     SELECT $1, 'call', NULL, 0, $9 WHERE (SELECT yes FROM settled)`,
    [
      step.runId,
      step.stepId,
      step.name ?? null,
      step.op,
      failed ? "failed" : "completed",
      step.attempt ?? 0,
      JSON.stringify(step.memo),
      failed ? JSON.stringify((step.memo as { error: unknown }).error) : null,
      step.at,
      step.startedAt ?? null,
    ],
  );
}
