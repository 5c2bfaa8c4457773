import type { z } from "zod";
import type { Clock } from "@/inngest/local-runner/clock";
import { checkExpression } from "@/inngest/local-runner/expression";
import { nextCronTime } from "@/inngest/local-runner/next-cron-time";
import { type Db, transaction } from "@/inngest/local-runner/pg-pool";
import type { registerSchema } from "@/inngest/local-runner/types";

/** Stores what the app declared in its sync: functions, their triggers, and cron schedules. */
export async function registerApp(db: Db, clock: Clock, payload: z.infer<typeof registerSchema>) {
  for (const fn of payload.functions) {
    for (const trigger of fn.triggers)
      if ("expression" in trigger && trigger.expression)
        checkExpression(trigger.expression, ["event"]);
    for (const limit of fn.concurrency) if (limit.key) checkExpression(limit.key, ["event"]);
    for (const cancel of fn.cancel ?? [])
      if (cancel.if) checkExpression(cancel.if, ["event", "async"]);
    for (const trigger of fn.triggers)
      if ("cron" in trigger) nextCronTime(trigger.cron, clock.now());
  }
  await transaction(db, async (tx) => {
    await tx.query(
      `INSERT INTO inngest_runner.apps (app_id, url, synced_at) VALUES ($1, $2, $3)
       ON CONFLICT (app_id) DO UPDATE SET url = EXCLUDED.url, synced_at = EXCLUDED.synced_at`,
      [payload.appName, payload.url, clock.now()],
    );
    const ids = payload.functions.map((fn) => fn.id);
    await tx.query(
      "DELETE FROM inngest_runner.functions WHERE app_id = $1 AND NOT (function_id = ANY($2))",
      [payload.appName, ids],
    );
    await tx.query(
      "DELETE FROM inngest_runner.crons WHERE NOT (function_id IN (SELECT function_id FROM inngest_runner.functions))",
    );
    for (const fn of payload.functions) {
      await tx.query(
        `INSERT INTO inngest_runner.functions (function_id, app_id, name, config, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (function_id) DO UPDATE SET app_id = EXCLUDED.app_id, name = EXCLUDED.name, config = EXCLUDED.config, updated_at = EXCLUDED.updated_at`,
        [fn.id, payload.appName, fn.name ?? fn.id, fn, clock.now()],
      );
      const crons = fn.triggers.flatMap((trigger) => ("cron" in trigger ? [trigger.cron] : []));
      await tx.query(
        "DELETE FROM inngest_runner.crons WHERE function_id = $1 AND NOT (cron = ANY($2))",
        [fn.id, crons],
      );
      for (const cron of crons) {
        await tx.query(
          `INSERT INTO inngest_runner.crons (function_id, cron, next_at) VALUES ($1, $2, $3)
           ON CONFLICT (function_id, cron) DO NOTHING`,
          [fn.id, cron, nextCronTime(cron, clock.now())],
        );
      }
    }
  });
}
