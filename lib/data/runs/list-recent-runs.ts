import { getDb } from "@/lib/db";

export type RunListItem = {
  run_id: string;
  function_id: string;
  status: string;
  attempt: number;
  max_attempts: number;
  created_at: Date;
  started_at: Date | null;
  ended_at: Date | null;
  error: { message?: string } | null;
};

export type RunStep = {
  run_id: string;
  name: string | null;
  status: string;
  attempt: number;
  started_at: Date;
  ended_at: Date | null;
  error: { message?: string } | null;
};

/** The local runner's most recent runs, with their steps. */
export async function listRecentRuns(limit = 50) {
  const db = getDb();
  const runs = await db.$queryRaw<RunListItem[]>`
    SELECT run_id, function_id, status, attempt, max_attempts, created_at, started_at, ended_at, error
      FROM inngest_runner.runs ORDER BY created_at DESC LIMIT ${limit}`;
  const steps = runs.length
    ? await db.$queryRaw<RunStep[]>`
        SELECT run_id, name, status, attempt, started_at, ended_at, error FROM inngest_runner.steps
         WHERE run_id = ANY(${runs.map((run) => run.run_id)}) ORDER BY started_at, name`
    : [];
  return runs.map((run) => ({ ...run, steps: steps.filter((step) => step.run_id === run.run_id) }));
}
export type RunWithSteps = Awaited<ReturnType<typeof listRecentRuns>>[number];
