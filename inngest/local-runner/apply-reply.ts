import type { CallReply } from "@/inngest/local-runner/call-function";
import { wakeTime } from "@/inngest/local-runner/duration";
import { enqueueJob, settleStep } from "@/inngest/local-runner/enqueue";
import { checkExpression } from "@/inngest/local-runner/expression";
import { completeRun, failRun } from "@/inngest/local-runner/finish-run";
import { loadFunction } from "@/inngest/local-runner/load-functions";
import type { Tx } from "@/inngest/local-runner/pg-pool";
import { startRun } from "@/inngest/local-runner/start-run";
import type { Op, RunnerEvent } from "@/inngest/local-runner/types";

export type JobRow = {
  job_id: string;
  run_id: string;
  kind: string;
  step_id: string | null;
  attempt: number;
};
/** A call's job, with when the call went out: a step run inline took from then to its answer. */
export type CalledJob = JobRow & { calledAt: Date };
export type RunRow = {
  run_id: string;
  function_id: string;
  event: RunnerEvent;
  max_attempts: number;
  parent_run_id: string | null;
  parent_step_id: string | null;
};

const MAX_BACKOFF_MS = 60_000;
const UNREACHABLE_RETRY_MS = 2_000;
export const backoff = (attempt: number) => Math.min(1_000 * 2 ** attempt, MAX_BACKOFF_MS);

function finished(run: RunRow) {
  return {
    runId: run.run_id,
    functionId: run.function_id,
    event: run.event,
    parentRunId: run.parent_run_id,
    parentStepId: run.parent_step_id,
  };
}

/** Records that an async op has begun; false when an earlier reply already did (ops repeat). */
async function markStep(tx: Tx, runId: string, op: Op, status: string, at: Date): Promise<boolean> {
  const { rowCount } = await tx.query(
    `INSERT INTO inngest_runner.steps (run_id, step_id, name, op, status, started_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (run_id, step_id) DO NOTHING`,
    [runId, op.id, op.displayName ?? op.name ?? null, op.op, status, at],
  );
  return Boolean(rowCount);
}

async function settleOp(
  tx: Tx,
  job: CalledJob,
  run: RunRow,
  op: Op,
  memo: { data: unknown } | { error: unknown },
  at: Date,
) {
  await settleStep(tx, {
    runId: run.run_id,
    stepId: op.id,
    name: op.displayName ?? op.name ?? null,
    op: op.op,
    memo,
    attempt: job.attempt,
    startedAt: job.calledAt,
    at,
  });
}

type Outcome = { failedEvent?: { name: string; data: Record<string, unknown> } };

async function applyOp(
  tx: Tx,
  job: CalledJob,
  run: RunRow,
  op: Op,
  at: Date,
  retryAfter?: Date,
): Promise<Outcome> {
  switch (op.op) {
    case "StepRun":
      await settleOp(tx, job, run, op, { data: op.data ?? null }, at);
      return {};
    case "StepPlanned": {
      const planned = await markStep(tx, run.run_id, op, "planned", at);
      if (planned)
        await enqueueJob(tx, { runId: run.run_id, kind: "call", stepId: op.id, runAt: at });
      return {};
    }
    case "StepError": {
      const next = job.attempt + 1;
      if (next >= run.max_attempts) {
        await settleOp(tx, job, run, op, { error: op.error ?? null }, at);
        return {};
      }
      await tx.query(
        "UPDATE inngest_runner.steps SET attempt = $3, error = $4 WHERE run_id = $1 AND step_id = $2",
        [run.run_id, op.id, next, JSON.stringify(op.error ?? null)],
      );
      const runAt = retryAfter ?? new Date(at.getTime() + backoff(job.attempt));
      await enqueueJob(tx, {
        runId: run.run_id,
        kind: "call",
        stepId: job.step_id,
        attempt: next,
        runAt,
      });
      return {};
    }
    case "StepFailed":
      await settleOp(tx, job, run, op, { error: op.error ?? null }, at);
      return {};
    case "Sleep":
      // Every discovery call repeats the ops still pending: only the first one starts a timer.
      if (await markStep(tx, run.run_id, op, "sleeping", at)) {
        await enqueueJob(tx, {
          runId: run.run_id,
          kind: "wake",
          stepId: op.id,
          runAt: wakeTime(op.name ?? "", at),
        });
      }
      return {};
    case "WaitForEvent": {
      const opts = op.opts as { timeout?: string; if?: string } | undefined;
      if (!(await markStep(tx, run.run_id, op, "waiting", at))) return {};
      if (opts?.if) checkExpression(opts.if, ["event", "async"]);
      const expires = wakeTime(opts?.timeout ?? "", at);
      await tx.query(
        "INSERT INTO inngest_runner.waits (run_id, step_id, event_name, expression, expires_at) VALUES ($1, $2, $3, $4, $5)",
        [run.run_id, op.id, op.name, opts?.if ?? null, expires],
      );
      await enqueueJob(tx, {
        runId: run.run_id,
        kind: "wait-timeout",
        stepId: op.id,
        runAt: expires,
      });
      return {};
    }
    case "InvokeFunction": {
      const opts = op.opts as
        | { function_id?: string; payload?: { data?: Record<string, unknown> } }
        | undefined;
      const child = opts?.function_id ? await loadFunction(tx, opts.function_id) : undefined;
      if (!child) {
        await settleOp(
          tx,
          job,
          run,
          op,
          { error: { name: "Error", message: `Unknown function ${opts?.function_id}` } },
          at,
        );
        return {};
      }
      if (!(await markStep(tx, run.run_id, op, "invoking", at))) return {};
      const event = {
        id: `${run.run_id}:${op.id}`,
        name: "inngest/function.invoked",
        data: opts?.payload?.data ?? {},
        ts: at.getTime(),
      };
      await startRun(tx, child, event, at, { runId: run.run_id, stepId: op.id });
      return {};
    }
    default:
      return {
        failedEvent: await failRun(
          tx,
          finished(run),
          {
            name: "UnsupportedOpcode",
            message: `The local runner does not implement the ${op.op} opcode.`,
          },
          at,
        ),
      };
  }
}

/**
 * Applies the app's answer to one call, whose job the caller has deleted, inside the caller's
 * transaction.
 */
export async function applyReply(
  tx: Tx,
  job: CalledJob,
  run: RunRow,
  reply: CallReply,
  at: Date,
): Promise<Outcome> {
  if (reply.kind === "done") {
    await completeRun(tx, finished(run), reply.output, at);
    return {};
  }
  if (reply.kind === "unreachable") {
    // The app never got the call (not up yet after a restart): it is made again, at no attempt's cost.
    await enqueueJob(tx, {
      runId: run.run_id,
      kind: "call",
      stepId: job.step_id,
      attempt: job.attempt,
      runAt: new Date(at.getTime() + UNREACHABLE_RETRY_MS),
    });
    return {};
  }
  if (reply.kind === "error") {
    const next = job.attempt + 1;
    if (reply.retriable && next < run.max_attempts) {
      await tx.query(
        "UPDATE inngest_runner.runs SET attempt = GREATEST(attempt, $2) WHERE run_id = $1",
        [run.run_id, next],
      );
      await enqueueJob(tx, {
        runId: run.run_id,
        kind: "call",
        stepId: job.step_id,
        attempt: next,
        runAt: reply.retryAfter ?? new Date(at.getTime() + backoff(job.attempt)),
      });
      return {};
    }
    return { failedEvent: await failRun(tx, finished(run), reply.error, at) };
  }
  let outcome: Outcome = {};
  for (const op of reply.ops) {
    outcome = await applyOp(tx, job, run, op, at, reply.retryAfter);
    if (outcome.failedEvent) return outcome;
  }
  return outcome;
}
