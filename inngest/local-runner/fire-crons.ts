import type { Clock } from "@/inngest/local-runner/clock";
import { loadFunction } from "@/inngest/local-runner/load-functions";
import { nextCronTime } from "@/inngest/local-runner/next-cron-time";
import { type Db, transaction } from "@/inngest/local-runner/pg-pool";
import { startRun } from "@/inngest/local-runner/start-run";

/** Starts a run for every cron schedule that is due, and moves each schedule to its next time. */
export async function fireCrons(db: Db, clock: Clock): Promise<number> {
  return transaction(db, async (tx) => {
    const at = clock.now();
    const { rows } = await tx.query<{ function_id: string; cron: string; next_at: Date }>(
      "SELECT function_id, cron, next_at FROM inngest_runner.crons WHERE next_at <= $1 FOR UPDATE SKIP LOCKED",
      [at],
    );
    for (const schedule of rows) {
      const fn = await loadFunction(tx, schedule.function_id);
      await tx.query(
        "UPDATE inngest_runner.crons SET next_at = $3 WHERE function_id = $1 AND cron = $2",
        [schedule.function_id, schedule.cron, nextCronTime(schedule.cron, at)],
      );
      if (!fn) continue;
      const event = {
        id: `cron:${schedule.function_id}:${schedule.next_at.toISOString()}`,
        name: "inngest/scheduled.timer",
        data: { cron: schedule.cron },
        ts: schedule.next_at.getTime(),
      };
      // Stored like any event, so a tick fires once even if two schedulers race.
      const inserted = await tx.query(
        "INSERT INTO inngest_runner.events (event_id, name, payload, received_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        [event.id, event.name, JSON.stringify(event), at],
      );
      if (inserted.rowCount) await startRun(tx, fn, event, at);
    }
    return rows.length;
  });
}
