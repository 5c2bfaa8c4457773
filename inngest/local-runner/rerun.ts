import { loadFunction } from "@/inngest/local-runner/load-functions";
import type { Tx } from "@/inngest/local-runner/pg-pool";
import { startRun } from "@/inngest/local-runner/start-run";
import type { RunnerEvent } from "@/inngest/local-runner/types";

/** Starts the run's function again with the same event, as a new run; returns its id. */
export async function rerun(tx: Tx, runId: string, at: Date): Promise<string | undefined> {
  const { rows } = await tx.query<{ function_id: string; event: RunnerEvent }>(
    "SELECT function_id, event FROM inngest_runner.runs WHERE run_id = $1",
    [runId],
  );
  const run = rows[0];
  const fn = run ? await loadFunction(tx, run.function_id) : undefined;
  return run && fn ? startRun(tx, fn, run.event, at) : undefined;
}
