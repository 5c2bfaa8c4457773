import { Middleware } from "inngest";

export type LedgerRun = {
  runId: string;
  /** The function's id inside the app, as it was created (`sequence`). */
  functionId: string;
  event: { name: string; data: unknown };
  status: "running" | "completed" | "failed";
  output?: unknown;
  error?: { message: string };
  /** The attempt the last call of the run was made at (0 for the first). */
  attempt: number;
};

const ENDED = ["completed", "failed"];

/**
 * What every run did, seen from the app: an SDK middleware notes each run's start, its output
 * and its final error. Any Inngest server drives the app the same way, so this is how the parity
 * suite reads outcomes without the server's database or API. The SDK runs no middleware for an
 * onFailure handler, so those runs are not here.
 */
export function createRunLedger() {
  const runs = new Map<string, LedgerRun>();

  const note = (
    ctx: Middleware.OnRunStartArgs["ctx"],
    fn: Middleware.OnRunStartArgs["fn"],
    change: Partial<LedgerRun>,
  ) => {
    const known = runs.get(ctx.runId);
    runs.set(ctx.runId, {
      runId: ctx.runId,
      functionId: fn.id(),
      event: { name: ctx.event.name, data: ctx.event.data },
      status: "running",
      ...known,
      attempt: Math.max(known?.attempt ?? 0, ctx.attempt),
      ...change,
    });
  };

  class RunLedgerMiddleware extends Middleware.BaseMiddleware {
    readonly id = "parity-run-ledger";
    override onRunStart({ ctx, fn }: Middleware.OnRunStartArgs) {
      note(ctx, fn, {});
    }
    override onRunComplete({ ctx, fn, output }: Middleware.OnRunCompleteArgs) {
      note(ctx, fn, { status: "completed", output });
    }
    override onRunError({ ctx, fn, error, isFinalAttempt }: Middleware.OnRunErrorArgs) {
      note(ctx, fn, isFinalAttempt ? { status: "failed", error: { message: error.message } } : {});
    }
  }

  const runsOf = (functionId: string) =>
    [...runs.values()].filter((run) => run.functionId === functionId);

  return {
    middleware: RunLedgerMiddleware,
    runsOf,
    /** Waits until at least `count` runs of the function have ended, and returns them all. */
    async settled(functionId: string, count = 1, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = runsOf(functionId);
        if (found.filter((run) => ENDED.includes(run.status)).length >= count) return found;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`Runs of ${functionId} did not end: ${JSON.stringify(runsOf(functionId))}`);
    },
  };
}

export type RunLedger = ReturnType<typeof createRunLedger>;
