import { type Inngest, NonRetriableError, RetryAfterError } from "inngest";

/** What the shapes' step bodies did, counted in the app's process. */
export function createShapeLog() {
  const counts = new Map<string, number>();
  const active = new Map<string, number>();
  const peaks = new Map<string, number>();
  const notes: { kind: string; value: unknown }[] = [];
  return {
    counts,
    peaks,
    notes,
    count(name: string) {
      const n = (counts.get(name) ?? 0) + 1;
      counts.set(name, n);
      return n;
    },
    note(kind: string, value: unknown) {
      notes.push({ kind, value });
    },
    notesOf: (kind: string) => notes.filter((note) => note.kind === kind).map((n) => n.value),
    /** Holds a slot of `key` for `ms` and keeps the most slots ever held at once. */
    async occupy(key: string, ms: number) {
      active.set(key, (active.get(key) ?? 0) + 1);
      const all = [...active.values()].reduce((a, b) => a + b, 0);
      peaks.set(key, Math.max(peaks.get(key) ?? 0, active.get(key) ?? 0));
      peaks.set("*", Math.max(peaks.get("*") ?? 0, all));
      await new Promise((resolve) => setTimeout(resolve, ms));
      active.set(key, (active.get(key) ?? 1) - 1);
    },
  };
}

export type ShapeLog = ReturnType<typeof createShapeLog>;

// A real Inngest server waits 15 s and more before a retry (its backoff table); the shapes ask
// for one second, as a function may, so the suite stays fast on any server.
const retrySoon = (message: string) => new RetryAfterError(message, "1s");
const STEP_MS = 300;

/** Sequential steps, each run once, each getting the memoized result of the one before. */
export const sequenceFunction = (client: Inngest, log: ShapeLog) =>
  client.createFunction(
    { id: "sequence", triggers: [{ event: "parity/sequence" }] },
    async ({ event, step }) => {
      const a = await step.run("first", () => {
        log.count("sequence:first");
        return (event.data as { n: number }).n + 1;
      });
      const b = await step.run("second", async () => {
        log.count("sequence:second");
        await new Promise((resolve) => setTimeout(resolve, STEP_MS));
        return a * 10;
      });
      const c = await step.run("third", () => {
        log.count("sequence:third");
        return `${b}!`;
      });
      return { a, b, c };
    },
  );

/** A parallel fan-out of five steps, then a step over their results. */
export const fanOutFunction = (client: Inngest, log: ShapeLog) =>
  client.createFunction(
    { id: "fan-out", triggers: [{ event: "parity/fan-out" }] },
    async ({ step }) => {
      const parts = await Promise.all(
        ["p1", "p2", "p3", "p4", "p5"].map((id, index) =>
          step.run(id, () => {
            log.count(`fan-out:${id}`);
            return index;
          }),
        ),
      );
      return step.run("sum", () => {
        log.count("fan-out:sum");
        return parts.reduce((a, b) => a + b, 0);
      });
    },
  );

/** A step that fails twice and then succeeds; the step after it runs once. */
export const stepRetryFunction = (client: Inngest, log: ShapeLog) =>
  client.createFunction(
    { id: "step-retry", triggers: [{ event: "parity/step-retry" }], retries: 3 },
    async ({ step }) => {
      const value = await step.run("flaky", () => {
        if (log.count("step-retry:flaky") < 3) throw retrySoon("not yet");
        return "third time lucky";
      });
      return step.run("after", () => {
        log.count("step-retry:after");
        return value;
      });
    },
  );

/** A function that throws outside any step on its first two attempts. */
export const functionRetryFunction = (client: Inngest, log: ShapeLog) =>
  client.createFunction(
    { id: "function-retry", triggers: [{ event: "parity/function-retry" }], retries: 2 },
    async ({ attempt }) => {
      log.note("function-retry:attempt", attempt);
      if (attempt < 2) throw retrySoon(`attempt ${attempt} failed`);
      return { succeededAt: attempt };
    },
  );

/** A step that always fails: retries + 1 attempts, then the function's onFailure handler. */
export const doomedFunction = (client: Inngest, log: ShapeLog) =>
  client.createFunction(
    {
      id: "doomed",
      triggers: [{ event: "parity/doomed" }],
      retries: 1,
      onFailure: async ({ event, error, step }) =>
        step.run("record-failure", () => {
          const failed = event.data as { function_id: string; event: { name: string } };
          log.note("doomed:failure", {
            functionId: failed.function_id,
            originalEvent: failed.event.name,
            message: error.message,
          });
          return "handled";
        }),
    },
    async ({ step }) => {
      await step.run("always-fails", () => {
        log.count("doomed:always-fails");
        throw retrySoon("broken for good");
      });
    },
  );

/** A NonRetriableError ends the run at its first attempt, whatever the retries. */
export const refuserFunction = (client: Inngest, log: ShapeLog) =>
  client.createFunction(
    { id: "refuser", triggers: [{ event: "parity/refuser" }], retries: 5 },
    async ({ step }) => {
      await step.run("refuse", () => {
        log.count("refuser:refuse");
        throw new NonRetriableError("will never work");
      });
    },
  );

/** A step, a sleep, a step: reports how long it slept, as the app's clock saw it. */
export const sleeperFunction = (client: Inngest) =>
  client.createFunction(
    { id: "sleeper", triggers: [{ event: "parity/sleep" }] },
    async ({ step }) => {
      const before = await step.run("before", () => Date.now());
      await step.sleep("nap", "2s");
      const after = await step.run("after", () => Date.now());
      return { sleptMs: after - before };
    },
  );

/** Waits for the approval of its own id (an `if` expression), or times out to null. */
export const waiterFunction = (client: Inngest) =>
  client.createFunction(
    { id: "waiter", triggers: [{ event: "parity/wait" }] },
    async ({ step }) => {
      const since = await step.run("since", () => Date.now());
      const approval = await step.waitForEvent("approval", {
        event: "parity/approve",
        timeout: "3s",
        if: "async.data.id == event.data.id",
      });
      return {
        approvedBy: approval ? (approval.data as { by: string }).by : null,
        waitedMs: Date.now() - since,
      };
    },
  );

/** A function another one invokes, and the one that invokes it. */
export const invokeFunctions = (client: Inngest) => {
  const double = client.createFunction(
    { id: "double", triggers: [{ event: "parity/double" }] },
    async ({ event }) => ({ doubled: (event.data as { n: number }).n * 2 }),
  );
  const invoker = client.createFunction(
    { id: "invoker", triggers: [{ event: "parity/invoke" }] },
    async ({ step }) => step.invoke("call-double", { function: double, data: { n: 21 } }),
  );
  return [double, invoker];
};

/** A step that sends events, and the function they start. */
export const sendEventFunctions = (client: Inngest) => [
  client.createFunction(
    { id: "sender", triggers: [{ event: "parity/send" }] },
    async ({ event, step }) => {
      const { tag } = event.data as { tag: string };
      await step.sendEvent("fan", [
        { name: "parity/received", data: { tag, i: 1 } },
        { name: "parity/received", data: { tag, i: 2 } },
      ]);
      return "sent";
    },
  ),
  client.createFunction(
    { id: "receiver", triggers: [{ event: "parity/received" }] },
    async ({ event }) => event.data as { tag: string; i: number },
  ),
];

/**
 * A long wait that a matching `parity/stop` event cancels (cancelOn), and a function started by
 * the `inngest/function.cancelled` event the server sends for it, as the mission loop's is.
 */
export const cancelFunctions = (client: Inngest, log: ShapeLog) => [
  client.createFunction(
    {
      id: "long-wait",
      triggers: [{ event: "parity/long" }],
      cancelOn: [{ event: "parity/stop", if: "async.data.id == event.data.id" }],
    },
    async ({ event, step }) => {
      await step.run("started", () => log.note("long-wait:started", event.data));
      await step.waitForEvent("never", { event: "parity/never", timeout: "4s" });
      return "timed out";
    },
  ),
  client.createFunction(
    {
      id: "after-long-wait-cancelled",
      triggers: [
        {
          event: "inngest/function.cancelled",
          if: `event.data.function_id == '${client.id}-long-wait'`,
        },
      ],
    },
    async ({ event, step }) => {
      const original = (event.data as { event: { data: { id: string } } }).event;
      await step.run("clean-up", () => log.note("long-wait:cancelled", original.data.id));
    },
  ),
];

/** One run at a time per user (a concurrency key, in the shape the mission loop uses). */
export const keyedFunction = (client: Inngest, log: ShapeLog) =>
  client.createFunction(
    {
      id: "keyed",
      triggers: [{ event: "parity/keyed" }],
      concurrency: [{ key: "event.data.user", limit: 1 }],
    },
    async ({ event, step }) => {
      await step.run("work", () => log.occupy((event.data as { user: string }).user, 500));
    },
  );

/** Fires every minute. */
export const tickerFunction = (client: Inngest) =>
  client.createFunction(
    { id: "ticker", triggers: [{ cron: "* * * * *" }], retries: 0 },
    async ({ event }) => ({ name: event.name }),
  );

/** Every shape above, for one client. */
export const parityShapes = (client: Inngest, log: ShapeLog) => [
  sequenceFunction(client, log),
  fanOutFunction(client, log),
  stepRetryFunction(client, log),
  functionRetryFunction(client, log),
  doomedFunction(client, log),
  refuserFunction(client, log),
  sleeperFunction(client),
  waiterFunction(client),
  ...invokeFunctions(client),
  ...sendEventFunctions(client),
  ...cancelFunctions(client, log),
  keyedFunction(client, log),
  tickerFunction(client),
];
