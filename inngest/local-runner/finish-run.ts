import { settleStep } from "@/inngest/local-runner/enqueue";
import type { Tx } from "@/inngest/local-runner/pg-pool";

type FinishedRun = {
  runId: string;
  functionId: string;
  event: unknown;
  parentRunId: string | null;
  parentStepId: string | null;
};

async function endRun(
  tx: Tx,
  runId: string,
  status: string,
  at: Date,
  output: { output?: unknown; error?: unknown },
) {
  await tx.query(
    "UPDATE inngest_runner.runs SET status = $2, output = $3, error = $4, ended_at = $5 WHERE run_id = $1",
    [
      runId,
      status,
      output.output === undefined ? null : JSON.stringify(output.output),
      output.error === undefined ? null : JSON.stringify(output.error),
      at,
    ],
  );
  await tx.query("DELETE FROM inngest_runner.jobs WHERE run_id = $1", [runId]);
  await tx.query("DELETE FROM inngest_runner.waits WHERE run_id = $1", [runId]);
}

async function resumeParent(
  tx: Tx,
  run: FinishedRun,
  memo: { data: unknown } | { error: unknown },
  at: Date,
) {
  if (!run.parentRunId || !run.parentStepId) return;
  await settleStep(tx, {
    runId: run.parentRunId,
    stepId: run.parentStepId,
    op: "InvokeFunction",
    memo,
    at,
  });
}

export async function completeRun(tx: Tx, run: FinishedRun, output: unknown, at: Date) {
  await endRun(tx, run.runId, "completed", at, { output });
  await resumeParent(tx, run, { data: output ?? null }, at);
}

/** Returns the `inngest/function.failed` event to ingest, which starts any onFailure handler. */
export async function failRun(
  tx: Tx,
  run: FinishedRun,
  error: { name: string; message: string; stack?: string },
  at: Date,
): Promise<SystemEvent> {
  await endRun(tx, run.runId, "failed", at, { error });
  await resumeParent(tx, run, { error }, at);
  return {
    name: "inngest/function.failed",
    data: { function_id: run.functionId, run_id: run.runId, error, event: run.event },
  };
}

export type SystemEvent = { name: string; data: Record<string, unknown> };

/**
 * Cancels a run still going. Returns the `inngest/function.cancelled` event to ingest, as Inngest
 * sends it, or null when the run had already ended.
 */
export async function cancelRun(tx: Tx, runId: string, at: Date): Promise<SystemEvent | null> {
  const { rows } = await tx.query<{
    function_id: string;
    event: unknown;
    parent_run_id: string | null;
    parent_step_id: string | null;
  }>(
    `UPDATE inngest_runner.runs SET status = 'cancelled', ended_at = $2 WHERE run_id = $1 AND status IN ('queued', 'running')
     RETURNING function_id, event, parent_run_id, parent_step_id`,
    [runId, at],
  );
  const run = rows[0];
  if (!run) return null;
  await tx.query("DELETE FROM inngest_runner.jobs WHERE run_id = $1", [runId]);
  await tx.query("DELETE FROM inngest_runner.waits WHERE run_id = $1", [runId]);
  // A parent waiting on this run through invoke gets an error instead of waiting forever.
  const finished = {
    runId,
    functionId: run.function_id,
    event: run.event,
    parentRunId: run.parent_run_id,
    parentStepId: run.parent_step_id,
  };
  await resumeParent(
    tx,
    finished,
    { error: { name: "Cancelled", message: `The invoked run ${runId} was cancelled.` } },
    at,
  );
  return {
    name: "inngest/function.cancelled",
    data: {
      function_id: run.function_id,
      run_id: runId,
      error: { name: "Error", message: "function cancelled" },
      event: run.event,
    },
  };
}
