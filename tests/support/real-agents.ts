import { upsertSetting } from "@/lib/data/settings/upsert-setting";
import { DEFAULT_AGENT_PROFILES } from "@/lib/settings/default-agent-profiles";
import type { AgentProfile, CliAgentKind } from "@/lib/validation/agent-profiles";
import type { ModelScript, ScriptedTurn } from "@/scripts/model-server/model-script";
import type { ModelServer } from "@/scripts/model-server/start-model-server";
import { unitPlan } from "@/tests/support/mission-fixtures";

/** The model each CLI is told to use: names the price table knows. */
export const TEST_MODELS: Record<CliAgentKind, string> = {
  "claude-code": "claude-sonnet-4-5",
  codex: "gpt-5",
  gemini: "gemini-2.5-pro",
};

/** The shipped profile of `kind`, pointed at the scripted model server. */
export function realCliProfile(
  kind: CliAgentKind,
  server: ModelServer,
  overrides: Partial<AgentProfile> = {},
): AgentProfile {
  const shipped = DEFAULT_AGENT_PROFILES.find((profile) => profile.kind === kind);
  if (!shipped) throw new Error(`No shipped profile of kind ${kind}`);
  return {
    ...shipped,
    // Codex takes the API root with its version; the other two the server's origin.
    apiBaseUrl: kind === "codex" ? `${server.url}/v1` : server.url,
    model: TEST_MODELS[kind],
    timeoutSeconds: 120,
    ...overrides,
  };
}

/** Saves the shipped profiles with `profiles` in place of (or beside) their namesakes. */
export async function saveProfiles(...profiles: AgentProfile[]) {
  const ids = new Set(profiles.map((profile) => profile.id));
  await upsertSetting("agent.profiles", [
    ...DEFAULT_AGENT_PROFILES.filter((profile) => !ids.has(profile.id)),
    ...profiles,
  ]);
}

const result = (status: string, summary: string) =>
  `MC_RESULT: ${JSON.stringify({ status, summary, files_changed: [], discoveries: [], concerns: [] })}`;

/** A worker that writes `<key>.txt`, commits it in a second turn and reports completion. */
export const committingWorker = (key: string): ScriptedTurn[] => [
  {
    tools: [{ kind: "write", path: `{cwd}/${key}.txt`, content: `${key} was here\n` }],
    usage: { input: 2000, output: 100 },
  },
  {
    tools: [{ kind: "shell", command: `git add ${key}.txt && git commit -qm 'Add ${key}'` }],
    usage: { input: 2200, output: 60 },
  },
  {
    text: `Added ${key}.txt.\n${result("completed", `added ${key}.txt`)}`,
    usage: { input: 2400, output: 50 },
  },
];

/** A worker that does the work but never prints the MC_RESULT marker. */
export const forgetfulWorker = (key: string): ScriptedTurn[] => [
  ...committingWorker(key).slice(0, 2),
  { text: `Added ${key}.txt. All done!`, usage: { input: 2400, output: 20 } },
];

/** A worker whose model asks for a tool the profile does not allow, then claims success. */
export const refusedWorker = (): ScriptedTurn[] => [
  {
    tools: [
      {
        kind: "raw",
        name: "WebFetch",
        input: { url: "https://example.com/spec", prompt: "Read it" },
      },
    ],
    usage: { input: 1000, output: 30 },
  },
  { text: result("completed", "read the spec"), usage: { input: 1100, output: 20 } },
];

/** A worker that first asks for a tool the profile does not allow, then does the work. */
export const fetchingWorker = (key: string): ScriptedTurn[] => [
  {
    tools: [
      {
        kind: "raw",
        name: "WebFetch",
        input: { url: "https://example.com/spec", prompt: "Read it" },
      },
    ],
    usage: { input: 1000, output: 30 },
  },
  ...committingWorker(key),
];

/** A worker whose model takes longer to answer than the profile's timeout. */
export const slowWorker = (delayMs: number): ScriptedTurn[] => [
  { text: result("completed", "too late"), delayMs },
];

/**
 * A whole mission for the scripted model: round 1 plans `workers` (each unit key's own worker
 * turns), the critic finds it sufficient, each merge is reviewed, and round 2 plans nothing.
 */
export function missionModelScript(workers: Record<string, ScriptedTurn[]>): ModelScript {
  const plan = (units: unknown[]) =>
    `Here is the plan.\n<!-- PLAN -->\n${JSON.stringify({ units })}\n<!-- /PLAN -->`;
  return {
    conversations: [
      {
        match: "MC_ROLE: planner\nMC_ROUND: 1",
        turns: [
          {
            text: plan(Object.keys(workers).map((key) => unitPlan(key))),
            usage: { input: 3000, output: 400 },
          },
        ],
      },
      {
        match: "MC_ROLE: planner\nMC_ROUND: 2",
        turns: [{ text: plan([]), usage: { input: 3100, output: 20 } }],
      },
      {
        match: "MC_ROLE: critic",
        turns: [
          {
            text: `CRITIC_RESULT: ${JSON.stringify({ verdict: "sufficient", feedback: "Small, separate units." })}`,
            usage: { input: 1500, output: 60 },
          },
        ],
      },
      ...Object.entries(workers).map(([key, turns]) => ({
        match: `MC_ROLE: worker\nMC_UNIT: ${key}`,
        turns,
      })),
      {
        match: "MC_ROLE: reviewer",
        turns: [
          {
            text: `REVIEW_RESULT: ${JSON.stringify({ alignment: 9, approach: 8, tests: 6, notes: "Does what the unit asks." })}`,
            usage: { input: 1800, output: 70 },
          },
        ],
      },
    ],
  };
}

/** Token totals the server reported for the conversation `match` chose. */
export function reportedUsage(server: ModelServer, match: string) {
  const answered = server.requests.filter((request) => request.answer.match === match);
  return answered.reduce(
    (sum, request) => ({
      input: sum.input + (request.usage?.input ?? 0),
      output: sum.output + (request.usage?.output ?? 0),
    }),
    { input: 0, output: 0 },
  );
}
