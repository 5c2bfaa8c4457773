import { beforeAll, describe, expect, it } from "vitest";
import { NO_AGENT_USAGE } from "@/lib/data/agent-runs/agent-usage";
import { listDailyAgentCost } from "@/lib/data/agent-runs/list-daily-agent-cost";
import { listMissionAgentUsage } from "@/lib/data/agent-runs/list-mission-agent-usage";
import { listProjectAgentUsage } from "@/lib/data/agent-runs/list-project-agent-usage";
import { sumAgentUsage } from "@/lib/data/agent-runs/sum-agent-usage";
import { getMissionView } from "@/lib/data/missions/get-mission-view";
import { getDb } from "@/lib/db";
import { runSql } from "@/tests/support/test-postgres";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("agent_usage");
// 14 whole UTC days up to this afternoon: 2026-03-01 to 2026-03-14.
const NOW = new Date("2026-03-14T15:00:00Z");
const REMOVED_PROJECT = "00000000-0000-4000-8000-0000000000aa";
const SESSION = "00000000-0000-4000-8000-0000000000bb";
const ids = { alpha: "", beta: "", mission: "", unit: "", otherUnit: "" };

type Run = {
  project: string;
  mission?: string;
  unit?: string;
  session?: string;
  role: string;
  kind: string;
  input: number | null;
  output: number | null;
  cost: number | null;
  source: "reported" | "estimated" | "none";
  at: string;
};

async function insertRuns(runs: Run[]) {
  for (const run of runs)
    await runSql(
      database.url,
      `INSERT INTO claude_mission_control.agent_runs
         (project_id, mission_id, unit_id, session_id, role, profile_id, agent_kind,
          input_tokens, output_tokens, cost_usd, cost_source, duration_ms, finished_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8, $9, $10, 1000, $11)`,
      [
        run.project,
        run.mission ?? null,
        run.unit ?? null,
        run.session ?? null,
        run.role,
        run.kind,
        run.input,
        run.output,
        run.cost,
        run.source,
        run.at,
      ],
    );
}

beforeAll(async () => {
  const db = getDb();
  const [alpha, beta] = await Promise.all([
    db.projectWorkspace.create({ data: { name: "alpha", path: "/tmp/alpha" } }),
    db.projectWorkspace.create({ data: { name: "beta", path: "/tmp/beta" } }),
  ]);
  ids.alpha = alpha.id;
  ids.beta = beta.id;
  const mission = await db.mission.create({
    data: {
      projectId: alpha.id,
      objective: "Count the cost",
      workers: 2,
      maxRounds: 1,
      wallTimeMinutes: 30,
      agentProfileId: "codex",
      approvalPolicy: "never",
    },
  });
  ids.mission = mission.id;
  const round = await db.missionRound.create({ data: { missionId: mission.id, roundNumber: 1 } });
  const [unit, otherUnit] = await Promise.all(
    ["u1", "u2"].map((unitKey, position) =>
      db.workUnit.create({
        data: { missionId: mission.id, roundId: round.id, position, unitKey, title: unitKey },
      }),
    ),
  );
  ids.unit = unit?.id ?? "";
  ids.otherUnit = otherUnit?.id ?? "";

  await insertRuns([
    // Today: a launched session, its cost reported by Claude Code.
    {
      project: ids.alpha,
      session: SESSION,
      role: "session",
      kind: "claude-code",
      input: 1000,
      output: 200,
      cost: 0.5,
      source: "reported",
      at: "2026-03-14T01:00:00Z",
    },
    // 12 March: two attempts of one unit, the second's cost estimated; the last second of the day.
    {
      project: ids.alpha,
      mission: ids.mission,
      unit: ids.unit,
      role: "worker",
      kind: "claude-code",
      input: 300,
      output: 40,
      cost: 0.25,
      source: "reported",
      at: "2026-03-12T00:00:00Z",
    },
    {
      project: ids.alpha,
      mission: ids.mission,
      unit: ids.unit,
      role: "worker",
      kind: "codex",
      input: 100,
      output: 10,
      cost: 0.125,
      source: "estimated",
      at: "2026-03-12T23:59:59Z",
    },
    // 10 March: the mission's planner, an agent that reported tokens and no cost.
    {
      project: ids.alpha,
      mission: ids.mission,
      role: "planner",
      kind: "generic",
      input: 50,
      output: 5,
      cost: null,
      source: "none",
      at: "2026-03-10T12:00:00Z",
    },
    // The first day of the period, and the last second before it.
    {
      project: ids.beta,
      role: "session",
      kind: "claude-code",
      input: 10,
      output: 1,
      cost: 0.0625,
      source: "reported",
      at: "2026-03-01T00:00:00Z",
    },
    {
      project: ids.beta,
      role: "session",
      kind: "claude-code",
      input: 4000,
      output: 900,
      cost: 9,
      source: "reported",
      at: "2026-02-28T23:59:59Z",
    },
    // A project removed since, whose agent reported neither tokens nor cost.
    {
      project: REMOVED_PROJECT,
      role: "session",
      kind: "generic",
      input: null,
      output: null,
      cost: null,
      source: "none",
      at: "2026-03-05T08:00:00Z",
    },
  ]);
});

describe("cost per day", () => {
  it("has every day of the period, oldest first, with days without runs at zero", async () => {
    const days = await listDailyAgentCost(14, NOW);
    expect(days.map((day) => day.day)).toEqual(
      Array.from({ length: 14 }, (_, index) => `2026-03-${String(index + 1).padStart(2, "0")}`),
    );
    const quiet = days.filter((day) => !["01", "05", "10", "12", "14"].includes(day.day.slice(8)));
    expect(quiet).toHaveLength(9);
    for (const day of quiet)
      expect(day).toEqual({
        day: day.day,
        runs: 0,
        inputTokens: 0,
        outputTokens: 0,
        tokens: 0,
        costUsd: 0,
        estimated: false,
        priced: false,
      });
  });

  it("sums each UTC day's runs and says when a day's cost is partly estimated or unknown", async () => {
    const days = new Map((await listDailyAgentCost(14, NOW)).map((day) => [day.day, day]));
    expect(days.get("2026-03-01")).toMatchObject({
      runs: 1,
      costUsd: 0.0625,
      tokens: 11,
      estimated: false,
      priced: true,
    });
    expect(days.get("2026-03-05")).toMatchObject({
      runs: 1,
      costUsd: 0,
      tokens: 0,
      estimated: true,
      priced: false,
    });
    expect(days.get("2026-03-10")).toMatchObject({
      runs: 1,
      costUsd: 0,
      inputTokens: 50,
      outputTokens: 5,
      tokens: 55,
      estimated: true,
      priced: false,
    });
    expect(days.get("2026-03-12")).toMatchObject({
      runs: 2,
      costUsd: 0.375,
      inputTokens: 400,
      outputTokens: 50,
      tokens: 450,
      estimated: true,
      priced: true,
    });
    expect(days.get("2026-03-13")?.runs).toBe(0);
    expect(days.get("2026-03-14")).toMatchObject({
      runs: 1,
      costUsd: 0.5,
      tokens: 1200,
      estimated: false,
      priced: true,
    });
  });

  it("leaves out what ended before the period", async () => {
    const days = await listDailyAgentCost(14, NOW);
    expect(days.reduce((sum, day) => sum + day.costUsd, 0)).toBe(0.9375);
    const shorter = await listDailyAgentCost(3, NOW);
    expect(shorter.map((day) => [day.day, day.costUsd])).toEqual([
      ["2026-03-12", 0.375],
      ["2026-03-13", 0],
      ["2026-03-14", 0.5],
    ]);
  });
});

describe("usage of a unit, a mission, a session and a project", () => {
  it("sums a unit's attempts and flags the estimated one", async () => {
    expect(await sumAgentUsage({ unitId: ids.unit })).toEqual({
      runs: 2,
      inputTokens: 400,
      outputTokens: 50,
      costUsd: 0.375,
      estimated: true,
      priced: true,
    });
  });

  it("reads a session's reported cost as no estimate, and nothing for a session without runs", async () => {
    expect(await sumAgentUsage({ sessionId: SESSION })).toEqual({
      runs: 1,
      inputTokens: 1000,
      outputTokens: 200,
      costUsd: 0.5,
      estimated: false,
      priced: true,
    });
    expect(await sumAgentUsage({ sessionId: "00000000-0000-4000-8000-0000000000cc" })).toEqual(
      NO_AGENT_USAGE,
    );
  });

  it("gives a mission's total and each unit's share in one answer", async () => {
    const usage = await listMissionAgentUsage(ids.mission);
    expect(usage.total).toEqual({
      runs: 3,
      inputTokens: 450,
      outputTokens: 55,
      costUsd: 0.375,
      estimated: true,
      priced: true,
    });
    expect(usage.byUnit).toEqual({ [ids.unit]: await sumAgentUsage({ unitId: ids.unit }) });
    expect(await sumAgentUsage({ missionId: ids.mission })).toEqual(usage.total);
  });

  it("puts the usage in the mission view the page and its polled route share", async () => {
    const view = await getMissionView(ids.mission);
    expect(view?.usage).toMatchObject({ runs: 3, costUsd: 0.375, estimated: true });
    const units = new Map(view?.units.map((unit) => [unit.key, unit.usage]));
    expect(units.get("u1")).toMatchObject({ runs: 2, costUsd: 0.375, inputTokens: 400 });
    expect(units.get("u2")).toEqual(NO_AGENT_USAGE);
  });

  it("lists projects most expensive first, over all time or over the period", async () => {
    const allTime = await listProjectAgentUsage();
    expect(allTime.map((project) => [project.projectName, project.costUsd])).toEqual([
      ["beta", 9.0625],
      ["alpha", 0.875],
      ["(removed project)", 0],
    ]);
    expect(allTime[1]).toMatchObject({
      projectId: ids.alpha,
      runs: 4,
      inputTokens: 1450,
      outputTokens: 255,
      estimated: true,
      priced: true,
    });
    expect(allTime[2]).toMatchObject({ runs: 1, estimated: true, priced: false });

    const period = await listProjectAgentUsage({ days: 14, now: NOW });
    expect(period.map((project) => [project.projectName, project.costUsd, project.runs])).toEqual([
      ["alpha", 0.875, 4],
      ["beta", 0.0625, 1],
      ["(removed project)", 0, 1],
    ]);
    expect(period[1]).toMatchObject({ inputTokens: 10, outputTokens: 1, estimated: false });
    expect(await sumAgentUsage({ projectId: ids.beta })).toMatchObject({
      runs: 2,
      costUsd: 9.0625,
    });
  });
});
