import { randomUUID } from "node:crypto";
import { enqueueJob } from "@/inngest/local-runner/enqueue";
import type { Tx } from "@/inngest/local-runner/pg-pool";
import type { RunnerEvent, SyncedFunction } from "@/inngest/local-runner/types";

const DEFAULT_RETRIES = 3;

/** `retries.attempts` in the sync payload is the number of retries: attempts = value + 1. */
export function maxAttempts(fn: SyncedFunction): number {
  const step = Object.values(fn.steps)[0];
  return (step?.retries?.attempts ?? DEFAULT_RETRIES) + 1;
}

export async function startRun(
  tx: Tx,
  fn: SyncedFunction,
  event: RunnerEvent,
  at: Date,
  parent?: { runId: string; stepId: string },
): Promise<string> {
  const runId = randomUUID();
  await tx.query(
    `INSERT INTO inngest_runner.runs (run_id, function_id, event, max_attempts, parent_run_id, parent_step_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      runId,
      fn.id,
      JSON.stringify(event),
      maxAttempts(fn),
      parent?.runId ?? null,
      parent?.stepId ?? null,
      at,
    ],
  );
  await enqueueJob(tx, { runId, kind: "call", runAt: at });
  return runId;
}
