// The app side of the runner benchmark, in its own process as the Next app is in production:
// one function whose no-op steps each return the moment they ran.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { Inngest } from "inngest";
import { serve } from "inngest/node";
import { noopStep } from "@/scripts/bench/noop-step";
import { quietLogger } from "@/tests/support/inngest-harness";

const client = new Inngest({
  id: "bench",
  baseUrl: process.env.BENCH_RUNNER_URL,
  signingKey: process.env.BENCH_SIGNING_KEY,
  eventKey: process.env.BENCH_EVENT_KEY,
  isDev: false,
  logger: quietLogger,
  internalLogger: quietLogger,
});
const noopSteps = client.createFunction(
  { id: "noop-steps", triggers: [{ event: "bench/noop" }], retries: 0 },
  async ({ event, step }) => {
    const times: number[] = [];
    for (let i = 0; i < (event.data as { steps: number }).steps; i++) {
      times.push(
        await step.run(`s${i}`, () => {
          noopStep();
          return performance.now();
        }),
      );
    }
    return times;
  },
);
const handler = serve({ client, functions: [noopSteps] });
// How long the SDK's serve handler takes over each call, from the request to the answer's end;
// `GET /served` hands the figures over and starts a new list.
let served: number[] = [];
const app = createServer((request, response) => {
  if (request.url === "/served") {
    response.end(JSON.stringify(served));
    served = [];
    return;
  }
  const start = performance.now();
  response.on("finish", () => served.push(performance.now() - start));
  return handler(request, response);
});
app.listen(0, "127.0.0.1", () => {
  console.log(`ready http://127.0.0.1:${(app.address() as AddressInfo).port}/api/inngest`);
});
