// The app side of the mission benchmark, in its own process as the Next app is in production:
// the mission function with the app's real step bodies (`runMissionSteps`), each body timed.
// A timing line per executed body on stdout: `step {"mission","id","start","end"}` (epoch ms).
// `GET /probe?cwd=<dir>` answers the median time of one `git rev-parse HEAD` through the app's
// own git wrapper, from this process (the cost of one subprocess the loop starts).
// Reads BENCH_RUNNER_URL, BENCH_SIGNING_KEY, BENCH_EVENT_KEY, DATABASE_URL and MC_DATA_DIR.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { Inngest } from "inngest";
import { serve } from "inngest/node";
import { type MissionSteps, runMissionSteps } from "@/inngest/functions/mission-run-steps";
import { connectDb } from "@/lib/db";
import { git } from "@/lib/git/git";
import { finishMission } from "@/lib/services/mission-run/finish-mission";
import { quietLogger } from "@/tests/support/inngest-harness";

const now = () => performance.timeOrigin + performance.now();

await connectDb(process.env.DATABASE_URL ?? "");
const client = new Inngest({
  id: "mission-bench",
  baseUrl: process.env.BENCH_RUNNER_URL,
  signingKey: process.env.BENCH_SIGNING_KEY,
  eventKey: process.env.BENCH_EVENT_KEY,
  isDev: false,
  logger: quietLogger,
  internalLogger: quietLogger,
});

const missionRun = client.createFunction(
  // As the app's own `mission-run`: two retries, and a run that fails for good ends its mission.
  {
    id: "mission-run",
    triggers: [{ event: "mission/mission.start-requested" }],
    retries: 2,
    onFailure: async ({ event, error, step }) => {
      const { missionId } = (event.data as { event: { data: { missionId: string } } }).event.data;
      await step.run("record-failure", () =>
        finishMission(missionId, {
          stopReason: "the mission run failed",
          verification: null,
          failure: error.message,
        }),
      );
    },
  },
  async ({ event, step }) => {
    const mission = (event.data as { missionId: string }).missionId;
    const steps = step as unknown as MissionSteps;
    // Only the body is wrapped: the step's id, and so its memo, is the one the app uses.
    const timed: MissionSteps = {
      run: (id, work) =>
        steps.run(id, async () => {
          const start = now();
          try {
            return await work();
          } finally {
            process.stdout.write(`step ${JSON.stringify({ mission, id, start, end: now() })}\n`);
          }
        }),
      waitForEvent: (id, options) => steps.waitForEvent(id, options),
    };
    return runMissionSteps(mission, timed);
  },
);

async function probe(cwd: string) {
  const times: number[] = [];
  for (let run = 0; run < 30; run++) {
    const start = now();
    await git(cwd, ["rev-parse", "HEAD"]);
    times.push(now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const handler = serve({ client, functions: [missionRun] });
const app = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (url.pathname !== "/probe") return handler(request, response);
  probe(url.searchParams.get("cwd") ?? ".").then(
    (median) => response.end(JSON.stringify({ median })),
    (error) => response.writeHead(500).end(String(error)),
  );
});
app.listen(0, "127.0.0.1", () => {
  console.log(`ready http://127.0.0.1:${(app.address() as AddressInfo).port}/api/inngest`);
});
