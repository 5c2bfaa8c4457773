import { randomUUID } from "node:crypto";
import { parseDuration } from "@/inngest/local-runner/duration";
import { settleStep } from "@/inngest/local-runner/enqueue";
import { evaluateExpression } from "@/inngest/local-runner/expression";

/** An expression that cannot be evaluated against this event does not match it. */
function matches(expression: string, scope: Record<string, unknown>): boolean {
  try {
    return evaluateExpression(expression, scope);
  } catch {
    return false;
  }
}

import { cancelRun, type SystemEvent } from "@/inngest/local-runner/finish-run";
import { loadFunctions } from "@/inngest/local-runner/load-functions";
import type { Tx } from "@/inngest/local-runner/pg-pool";
import { startRun } from "@/inngest/local-runner/start-run";
import type { RunnerEvent, SyncedFunction } from "@/inngest/local-runner/types";

function matchesName(pattern: string, name: string): boolean {
  return pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}

function triggeredBy(fn: SyncedFunction, event: RunnerEvent): boolean {
  return fn.triggers.some(
    (trigger) =>
      "event" in trigger &&
      matchesName(trigger.event, event.name) &&
      (!trigger.expression || matches(trigger.expression, { event })),
  );
}

async function resumeWaits(tx: Tx, event: RunnerEvent, at: Date) {
  const { rows } = await tx.query<{
    run_id: string;
    step_id: string;
    expression: string | null;
    event: RunnerEvent;
  }>(
    `SELECT w.run_id, w.step_id, w.expression, r.event FROM inngest_runner.waits w
       JOIN inngest_runner.runs r USING (run_id)
      WHERE w.event_name = $1 AND w.expires_at > $2 FOR UPDATE OF w`,
    [event.name, at],
  );
  for (const wait of rows) {
    if (wait.expression && !matches(wait.expression, { event: wait.event, async: event })) continue;
    await tx.query("DELETE FROM inngest_runner.waits WHERE run_id = $1 AND step_id = $2", [
      wait.run_id,
      wait.step_id,
    ]);
    await tx.query(
      "DELETE FROM inngest_runner.jobs WHERE run_id = $1 AND step_id = $2 AND kind = 'wait-timeout'",
      [wait.run_id, wait.step_id],
    );
    await settleStep(tx, {
      runId: wait.run_id,
      stepId: wait.step_id,
      op: "WaitForEvent",
      memo: { data: event },
      at,
    });
  }
}

/** Cancels the runs this event cancels; returns their `inngest/function.cancelled` events. */
async function applyCancellations(
  tx: Tx,
  functions: SyncedFunction[],
  event: RunnerEvent,
  at: Date,
) {
  const cancelled: SystemEvent[] = [];
  for (const fn of functions) {
    for (const cancel of fn.cancel ?? []) {
      if (!matchesName(cancel.event, event.name)) continue;
      const { rows } = await tx.query<{ run_id: string; event: RunnerEvent; created_at: Date }>(
        "SELECT run_id, event, created_at FROM inngest_runner.runs WHERE function_id = $1 AND status IN ('queued', 'running')",
        [fn.id],
      );
      for (const run of rows) {
        if (
          cancel.timeout &&
          run.created_at.getTime() + parseDuration(cancel.timeout) < at.getTime()
        )
          continue;
        if (cancel.if && !matches(cancel.if, { event: run.event, async: event })) continue;
        const system = await cancelRun(tx, run.run_id, at);
        if (system) cancelled.push(system);
      }
    }
  }
  return cancelled;
}

/**
 * Stores events (an event whose id was seen before is ignored) and acts on each: starts the
 * functions it triggers, resumes the waits it satisfies, cancels the runs it cancels.
 */
export async function ingestEvents(
  tx: Tx,
  events: Omit<RunnerEvent, "id" | "ts">[] & { id?: string; ts?: number }[],
  at: Date,
) {
  const ids: string[] = [];
  const cancelled: SystemEvent[] = [];
  const functions = await loadFunctions(tx);
  for (const incoming of events) {
    const event = {
      ...incoming,
      id: incoming.id || randomUUID(),
      ts: incoming.ts ?? at.getTime(),
      data: incoming.data ?? {},
    } as RunnerEvent;
    ids.push(event.id);
    const inserted = await tx.query(
      "INSERT INTO inngest_runner.events (event_id, name, payload, received_at) VALUES ($1, $2, $3, $4) ON CONFLICT (event_id) DO NOTHING",
      [event.id, event.name, JSON.stringify(event), at],
    );
    if (!inserted.rowCount) continue;
    cancelled.push(...(await applyCancellations(tx, functions, event, at)));
    await resumeWaits(tx, event, at);
    for (const fn of functions) if (triggeredBy(fn, event)) await startRun(tx, fn, event, at);
  }
  if (cancelled.length) await ingestEvents(tx, cancelled, at);
  return ids;
}
