import type { PoolClient } from "pg";
import {
  type ClaimedJob,
  type ExecuteContext,
  executeJob,
  failRunOfJob,
  LEASE_MS,
} from "@/inngest/local-runner/execute-job";
import { evaluateValue } from "@/inngest/local-runner/expression";
import { fireCrons } from "@/inngest/local-runner/fire-crons";
import { syncedFunctionSchema } from "@/inngest/local-runner/types";

type Candidate = ClaimedJob;
type InFlight = { functionId: string; keys: string[] };

const MAX_IN_FLIGHT = 32;
const POLL_MS = 250;
const MAX_JOB_FAILURES = 3;

/**
 * The one loop that claims due jobs and runs them. Claims happen one at a time in this process,
 * so the per-function concurrency count it keeps in memory is exact.
 */
export class Dispatcher {
  private readonly inFlight = new Map<string, InFlight>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private pumping = false;
  private again = false;
  private lock: PoolClient | undefined;
  private leaseTimer: NodeJS.Timeout | undefined;
  private readonly failures = new Map<string, number>();
  private nextCronCheck = 0;
  private readonly settled = new Set<() => void>();

  constructor(
    private readonly context: ExecuteContext,
    private readonly onError: (error: unknown) => void,
  ) {}

  async start() {
    // One runner per database: the in-memory concurrency count and the lease reset below rely on it.
    this.lock = await this.context.db.connect();
    this.lock.on("error", this.onError);
    const { rows } = await this.lock.query<{ locked: boolean }>(
      "SELECT pg_try_advisory_lock(hashtext('inngest_runner')) AS locked",
    );
    if (!rows[0]?.locked) {
      this.lock.release();
      throw new Error("Another local runner is already using this database.");
    }
    // Jobs leased by a runner that died are in flight no more: they run again.
    await this.context.db.query(
      "UPDATE inngest_runner.jobs SET leased_until = NULL WHERE leased_until IS NOT NULL",
    );
    this.running = true;
    this.leaseTimer = setInterval(() => void this.extendLeases(), LEASE_MS / 4);
    this.schedule(0);
  }

  /** Keeps the leases of long calls (an agent's step can take hours) from running out. */
  private async extendLeases() {
    if (!this.inFlight.size) return;
    await this.context.db
      .query("UPDATE inngest_runner.jobs SET leased_until = $2 WHERE job_id = ANY($1)", [
        [...this.inFlight.keys()],
        new Date(this.context.clock.now().getTime() + LEASE_MS),
      ])
      .catch(this.onError);
  }

  async stop() {
    this.running = false;
    clearTimeout(this.timer);
    clearInterval(this.leaseTimer);
    while (this.inFlight.size) await new Promise<void>((resolve) => this.settled.add(resolve));
    this.lock?.release();
  }

  /** Look for work now rather than at the next poll (after an event or a reply). */
  wake() {
    if (this.running) this.schedule(0);
  }

  /** Also fire due cron schedules now (after a test clock has moved). */
  wakeWithCrons() {
    this.nextCronCheck = 0;
    this.wake();
  }

  private schedule(ms: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.pump(), ms);
  }

  private async pump() {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.again = false;
        // Cron schedules are checked on the poll, not on every wake after a reply.
        if (Date.now() >= this.nextCronCheck) {
          this.nextCronCheck = Date.now() + POLL_MS;
          await fireCrons(this.context.db, this.context.clock);
        }
        await this.claimAvailable();
      } while (this.again && this.running);
    } catch (error) {
      this.onError(error);
    } finally {
      this.pumping = false;
      if (this.running) this.schedule(POLL_MS);
    }
  }

  private concurrencyKeys(candidate: Candidate) {
    const fn = syncedFunctionSchema.parse(candidate.config);
    return fn.concurrency.map((limit, index) => ({
      limit: limit.limit,
      key: `${candidate.function_id}#${index}#${limit.key ? JSON.stringify(evaluateValue(limit.key, { event: candidate.event })) : ""}`,
    }));
  }

  private async claimAvailable() {
    while (this.running && this.inFlight.size < MAX_IN_FLIGHT) {
      const now = this.context.clock.now();
      const { rows } = await this.context.db.query<Candidate>(
        `SELECT j.job_id, j.run_id, j.kind, j.step_id, j.attempt, r.function_id, r.event, f.config
           FROM inngest_runner.jobs j
           JOIN inngest_runner.runs r USING (run_id)
           LEFT JOIN inngest_runner.functions f ON f.function_id = r.function_id
          WHERE j.run_at <= $1 AND (j.leased_until IS NULL OR j.leased_until < $1)
          ORDER BY j.run_at, j.job_id LIMIT 100`,
        [now],
      );
      // A lease that ran out while its job is not in flight here was lost (a failed release).
      const next = rows.find((row) => !this.inFlight.has(row.job_id) && this.mayStart(row));
      if (!next) return;
      const { rowCount } = await this.context.db.query(
        "UPDATE inngest_runner.jobs SET leased_until = $2 WHERE job_id = $1 AND (leased_until IS NULL OR leased_until < $3)",
        [next.job_id, new Date(now.getTime() + LEASE_MS), now],
      );
      if (!rowCount) continue;
      // A reply's follow-up calls may have taken the free slots while the lease was written.
      if (!this.mayStart(next)) {
        await this.release([next], 0);
        return;
      }
      this.launch(next);
    }
  }

  private launch(job: Candidate) {
    const keys =
      job.kind === "call" && job.config ? this.concurrencyKeys(job).map((k) => k.key) : [];
    this.inFlight.set(job.job_id, { functionId: job.function_id, keys });
    void executeJob(this.context, job)
      .catch(async (error) => {
        this.onError(error);
        // Applying a reply failed: try again shortly, but a job that keeps failing fails its run.
        const failures = (this.failures.get(job.job_id) ?? 0) + 1;
        this.failures.set(job.job_id, failures);
        if (failures < MAX_JOB_FAILURES) await this.release([job], 1_000);
        else {
          this.failures.delete(job.job_id);
          await failRunOfJob(this.context, job, error).catch(this.onError);
        }
        return [];
      })
      .then(async (followUps) => {
        this.inFlight.delete(job.job_id);
        // The next call of the same run starts at once when there is room, skipping the claim.
        const later: Candidate[] = [];
        for (const next of followUps) {
          if (this.running && this.mayStart(next)) this.launch(next);
          else later.push(next);
        }
        if (later.length) await this.release(later, 0);
      })
      .catch(this.onError)
      .finally(() => {
        for (const resolve of this.settled) resolve();
        this.settled.clear();
        this.wake();
      });
  }

  /** Hands leased jobs back to the queue, due after `delayMs`. */
  private async release(jobs: Candidate[], delayMs: number) {
    await this.context.db
      .query(
        "UPDATE inngest_runner.jobs SET leased_until = NULL, run_at = $2 WHERE job_id = ANY($1)",
        [jobs.map((job) => job.job_id), new Date(this.context.clock.now().getTime() + delayMs)],
      )
      .catch(this.onError);
  }

  private mayStart(job: Candidate): boolean {
    if (this.inFlight.size >= MAX_IN_FLIGHT) return false;
    return job.kind !== "call" || !job.config || this.hasCapacity(job);
  }

  private hasCapacity(candidate: Candidate): boolean {
    return this.concurrencyKeys(candidate).every(({ limit, key }) => {
      let used = 0;
      for (const flight of this.inFlight.values()) if (flight.keys.includes(key)) used++;
      return used < limit;
    });
  }
}
