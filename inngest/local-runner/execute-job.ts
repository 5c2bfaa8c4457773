import { applyReply, type JobRow, type RunRow } from "@/inngest/local-runner/apply-reply";
import { callFunction } from "@/inngest/local-runner/call-function";
import type { Clock } from "@/inngest/local-runner/clock";
import { settleStep } from "@/inngest/local-runner/enqueue";
import { failRun } from "@/inngest/local-runner/finish-run";
import { ingestEvents } from "@/inngest/local-runner/ingest-events";
import { type Db, transaction } from "@/inngest/local-runner/pg-pool";
import { type StepMemo, syncedFunctionSchema } from "@/inngest/local-runner/types";

export type ExecuteContext = { db: Db; clock: Clock; signingKey: string };

/** A timer fired: a sleep ended, or a wait ran out (its step resolves to null). */
async function fireTimer(context: ExecuteContext, job: JobRow) {
  await transaction(context.db, async (tx) => {
    const at = context.clock.now();
    await tx.query("DELETE FROM inngest_runner.jobs WHERE job_id = $1", [job.job_id]);
    if (!job.step_id) return;
    if (job.kind === "wait-timeout") {
      const { rowCount } = await tx.query(
        "DELETE FROM inngest_runner.waits WHERE run_id = $1 AND step_id = $2",
        [job.run_id, job.step_id],
      );
      if (!rowCount) return;
    }
    await settleStep(tx, {
      runId: job.run_id,
      stepId: job.step_id,
      op: job.kind === "wake" ? "Sleep" : "WaitForEvent",
      memo: { data: null },
      at,
    });
  });
}

/** A call whose run has ended is dropped; a run whose function is no longer synced fails. */
function endOrphanedCall(context: ExecuteContext, job: JobRow) {
  return failRunOfJob(context, job, {
    name: "FunctionNotFound",
    message: "The function is no longer registered by the app.",
  });
}

/** Ends the job's run as failed (if it is still going), with `error`, and starts its onFailure. */
export async function failRunOfJob(context: ExecuteContext, job: JobRow, error: unknown) {
  const reason =
    error instanceof Error || (error && typeof error === "object" && "message" in error)
      ? {
          name: String((error as Error).name ?? "Error"),
          message: String((error as Error).message),
        }
      : { name: "Error", message: String(error) };
  await transaction(context.db, async (tx) => {
    await tx.query("DELETE FROM inngest_runner.jobs WHERE job_id = $1", [job.job_id]);
    const { rows } = await tx.query<RunRow>(
      `SELECT run_id, function_id, event, max_attempts, parent_run_id, parent_step_id FROM inngest_runner.runs
        WHERE run_id = $1 AND status IN ('queued', 'running') FOR UPDATE`,
      [job.run_id],
    );
    const run = rows[0];
    if (!run) return;
    const at = context.clock.now();
    const failed = await failRun(
      tx,
      {
        runId: run.run_id,
        functionId: run.function_id,
        event: run.event,
        parentRunId: run.parent_run_id,
        parentStepId: run.parent_step_id,
      },
      reason,
      at,
    );
    await ingestEvents(tx, [failed], at);
  });
}

/** Loads what the call needs in one query, and marks a queued run running; undefined if it has ended. */
async function loadCall(context: ExecuteContext, job: JobRow) {
  const { rows } = await context.db.query<
    RunRow & {
      status: string;
      config: unknown;
      steps: { step_id: string; op: string; memo: StepMemo }[];
    }
  >(
    `SELECT r.run_id, r.function_id, r.event, r.max_attempts, r.parent_run_id, r.parent_step_id, r.status, f.config,
            COALESCE((SELECT json_agg(json_build_object('step_id', s.step_id, 'op', s.op, 'memo', s.memo) ORDER BY s.ended_at, s.step_id)
                        FROM inngest_runner.steps s WHERE s.run_id = r.run_id AND s.memo IS NOT NULL), '[]') AS steps
       FROM inngest_runner.runs r JOIN inngest_runner.functions f ON f.function_id = r.function_id
      WHERE r.run_id = $1 AND r.status IN ('queued', 'running')`,
    [job.run_id],
  );
  const row = rows[0];
  if (!row) return undefined;
  // Only the first call of a run writes here: later calls cost no commit before the app is called.
  if (row.status === "queued")
    await context.db.query(
      "UPDATE inngest_runner.runs SET status = 'running', started_at = COALESCE(started_at, $2) WHERE run_id = $1 AND status = 'queued'",
      [job.run_id, context.clock.now()],
    );
  const { config, steps, status: _status, ...run } = row;
  return { run, fn: syncedFunctionSchema.parse(config), steps };
}

export const LEASE_MS = 10 * 60_000;

/** A job with what the dispatcher needs to check its function's concurrency limits. */
export type ClaimedJob = JobRow & { function_id: string; event: unknown; config: unknown };

/**
 * Runs one job. Returns the calls of the same run that its reply made due now, already leased in
 * the same transaction, so the dispatcher can start them without claiming them again.
 */
export async function executeJob(context: ExecuteContext, job: JobRow): Promise<ClaimedJob[]> {
  if (job.kind !== "call") {
    await fireTimer(context, job);
    return [];
  }
  const loaded = await loadCall(context, job);
  if (!loaded) {
    await endOrphanedCall(context, job);
    return [];
  }
  const { run, fn, steps } = loaded;
  const runtimeUrl = Object.values(fn.steps)[0]?.runtime.url as string;
  const calledAt = context.clock.now();
  const reply = await callFunction({
    url: runtimeUrl,
    functionId: fn.id,
    stepId: job.step_id,
    // Once a run has gone parallel, a discovery call must not run a step inline: it reports it.
    disableImmediateExecution:
      job.step_id !== null || steps.some((step) => step.op === "StepPlanned"),
    runId: run.run_id,
    attempt: job.attempt,
    maxAttempts: run.max_attempts,
    event: run.event,
    steps: Object.fromEntries(steps.map((step) => [step.step_id, step.memo])),
    stack: steps.map((step) => step.step_id),
    signingKey: context.signingKey,
    // The SDK checks a signature's age against its own clock, so this is always real time.
    at: new Date(),
  });
  return transaction(context.db, async (tx) => {
    // The job is done with whatever the answer was; the run is locked while the answer is applied.
    const current = await tx.query<{ status: string }>(
      `WITH done AS (DELETE FROM inngest_runner.jobs WHERE job_id = $2)
       SELECT status FROM inngest_runner.runs WHERE run_id = $1 FOR UPDATE`,
      [run.run_id, job.job_id],
    );
    // Cancelled while the call was in flight: the answer is dropped.
    if (!["queued", "running"].includes(current.rows[0]?.status ?? "")) return [];
    const at = context.clock.now();
    const outcome = await applyReply(tx, { ...job, calledAt }, run, reply, at);
    if (outcome.failedEvent) await ingestEvents(tx, [outcome.failedEvent], at);
    const next = await tx.query<JobRow>(
      `UPDATE inngest_runner.jobs SET leased_until = $3
        WHERE run_id = $1 AND kind = 'call' AND run_at <= $2 AND leased_until IS NULL
        RETURNING job_id, run_id, kind, step_id, attempt`,
      [run.run_id, at, new Date(at.getTime() + LEASE_MS)],
    );
    return next.rows.map((row) => ({
      ...row,
      function_id: run.function_id,
      event: run.event,
      config: fn,
    }));
  });
}
