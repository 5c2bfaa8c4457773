// Agent runs seeded straight into the e2e server's database on days before today (other specs'
// agents only ever add to today), then read where a person looks: the overview's chart, totals
// and projects, a mission's units, a session's facts.
import { expect, type Page, test } from "@playwright/test";
import { expectNoHorizontalScroll } from "@/tests/e2e/support/no-horizontal-scroll";
import { runSql } from "@/tests/support/test-postgres";

const ADMIN_URL =
  process.env.TEST_POSTGRES_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DAY = 86_400_000;

/** The e2e server's database: the newest e2e database a server is connected to. */
async function e2eDatabaseUrl() {
  const found = await runSql(
    ADMIN_URL,
    `SELECT d.datname FROM pg_database d
      WHERE d.datname LIKE 'mc\\_test\\_e2e\\_%'
        AND EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)`,
  );
  const names = (found.rows as { datname: string }[])
    .map(({ datname }) => datname)
    .sort(
      (a, b) =>
        Number.parseInt(b.split("_")[3] ?? "", 36) - Number.parseInt(a.split("_")[3] ?? "", 36),
    );
  if (!names[0]) throw new Error(`No e2e database is in use on ${ADMIN_URL}.`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${names[0]}`;
  return url.toString();
}

/** The UTC day `daysAgo` before today ("2026-03-14"), its noon and its label ("Mar 14"). */
function dayBefore(daysAgo: number) {
  const noon = new Date(Date.now() - daysAgo * DAY);
  noon.setUTCHours(12, 0, 0, 0);
  const label = `${noon.toLocaleString("en-US", { month: "short", timeZone: "UTC" })} ${noon.getUTCDate()}`;
  return { day: noon.toISOString().slice(0, 10), noon: noon.toISOString(), label };
}

type Run = {
  project: string;
  mission?: string;
  unit?: string;
  session?: string;
  role: string;
  input: number;
  output: number;
  cost: number | null;
  source: "reported" | "estimated" | "none";
  at: string;
};

let url = "";
const seeded = { project: "ledger-cli", other: "nimbus-api", missionId: "", sessionId: "" };
const RECENT = dayBefore(3);
const EARLIER = dayBefore(6);

async function insertRun(run: Run) {
  await runSql(
    url,
    `INSERT INTO claude_mission_control.agent_runs
       (project_id, mission_id, unit_id, session_id, role, profile_id, agent_kind,
        input_tokens, output_tokens, cost_usd, cost_source, duration_ms, finished_at)
     VALUES ($1, $2, $3, $4, $5, 'e2e', 'claude-code', $6, $7, $8, $9, 1000, $10)`,
    [
      run.project,
      run.mission ?? null,
      run.unit ?? null,
      run.session ?? null,
      run.role,
      run.input,
      run.output,
      run.cost,
      run.source,
      run.at,
    ],
  );
}

test.beforeAll(async () => {
  url = await e2eDatabaseUrl();
  const projects = await runSql(
    url,
    "SELECT project_name, project_id FROM claude_family.project_workspaces WHERE project_name = ANY($1)",
    [[seeded.project, seeded.other]],
  );
  const projectId = Object.fromEntries(
    (projects.rows as { project_name: string; project_id: string }[]).map((row) => [
      row.project_name,
      row.project_id,
    ]),
  ) as Record<string, string>;
  const main = projectId[seeded.project] as string;
  const other = projectId[seeded.other] as string;
  const session = await runSql(
    url,
    `SELECT session_id FROM claude_family.session_history
      WHERE session_summary = 'Parsed the new bank export format.'`,
  );
  seeded.sessionId = session.rows[0].session_id;

  const mission = await runSql(
    url,
    `INSERT INTO claude_mission_control.missions
       (project_id, objective, status, workers, max_rounds, wall_time_minutes, budget_usd,
        agent_profile_id, approval_policy, cost_usd, started_at)
     VALUES ($1, 'Count what the agents cost (e2e)', 'running', 2, 1, 30, 5, 'e2e', 'never',
             0.0421, $2)
     RETURNING mission_id`,
    [main, EARLIER.noon],
  );
  seeded.missionId = mission.rows[0].mission_id;
  const round = await runSql(
    url,
    `INSERT INTO claude_mission_control.mission_rounds (mission_id, round_number, status)
     VALUES ($1, 1, 'running') RETURNING round_id`,
    [seeded.missionId],
  );
  const units = await runSql(
    url,
    `INSERT INTO claude_mission_control.work_units
       (mission_id, round_id, position, unit_key, title, status, attempts)
     VALUES ($1, $2, 0, 'parser', 'Parse the export', 'merged', 1),
            ($1, $2, 1, 'docs', 'Document the format', 'merged', 1)
     RETURNING unit_id, unit_key`,
    [seeded.missionId, round.rows[0].round_id],
  );
  const unitId = Object.fromEntries(
    (units.rows as { unit_id: string; unit_key: string }[]).map((row) => [
      row.unit_key,
      row.unit_id,
    ]),
  ) as Record<string, string>;

  const runs: Run[] = [
    // Three days ago: a session's run with its cost reported, and an estimated one elsewhere.
    {
      project: main,
      session: seeded.sessionId,
      role: "session",
      input: 10_000,
      output: 2_000,
      cost: 1.25,
      source: "reported",
      at: RECENT.noon,
    },
    {
      project: other,
      role: "session",
      input: 4_000,
      output: 1_000,
      cost: 0.5,
      source: "estimated",
      at: RECENT.noon,
    },
    // Six days ago: the mission's two workers and a planner that reported no cost.
    {
      project: main,
      mission: seeded.missionId,
      unit: unitId.parser,
      role: "worker",
      input: 1_200,
      output: 345,
      cost: 0.0321,
      source: "reported",
      at: EARLIER.noon,
    },
    {
      project: main,
      mission: seeded.missionId,
      unit: unitId.docs,
      role: "worker",
      input: 500,
      output: 50,
      cost: 0.01,
      source: "estimated",
      at: EARLIER.noon,
    },
    {
      project: main,
      mission: seeded.missionId,
      role: "planner",
      input: 80,
      output: 20,
      cost: null,
      source: "none",
      at: EARLIER.noon,
    },
  ];
  for (const run of runs) await insertRun(run);
});

test.afterAll(async () => {
  if (seeded.missionId)
    await runSql(
      url,
      "UPDATE claude_mission_control.missions SET status = 'succeeded', finished_at = now() WHERE mission_id = $1",
      [seeded.missionId],
    );
});

/** The overview's way of writing dollars: four decimals below one dollar, else two. */
const usd = (value: number) => (value === 0 ? "$0.00" : `$${value.toFixed(value < 1 ? 4 : 2)}`);
const estimate = (value: number) => `≈ ${usd(value)} (estimate)`;
const whole = (value: number) => new Intl.NumberFormat("en-US").format(value);

/**
 * What the database holds for the overview's 14 days, overall and per project: the seeded rows
 * plus whatever other specs' agents recorded today (the scripted agent: no cost, no tokens).
 */
async function periodSums() {
  const since = new Date(dayBefore(13).noon);
  since.setUTCHours(0, 0, 0, 0);
  const found = await runSql(
    url,
    `SELECT GROUPING(p.project_name) = 1 AS is_total, p.project_name AS project,
            COALESCE(SUM(r.cost_usd), 0)::float8 AS cost,
            COALESCE(SUM(r.input_tokens), 0)::int AS input,
            COALESCE(SUM(r.output_tokens), 0)::int AS output
       FROM claude_mission_control.agent_runs r
       LEFT JOIN claude_family.project_workspaces p USING (project_id)
      WHERE r.finished_at >= $1
      GROUP BY ROLLUP (p.project_name)`,
    [since.toISOString()],
  );
  type Sum = {
    is_total: boolean;
    project: string | null;
    cost: number;
    input: number;
    output: number;
  };
  const rows = found.rows as Sum[];
  return {
    total: rows.find((row) => row.is_total) as Sum,
    project: (name: string) => rows.find((row) => !row.is_total && row.project === name) as Sum,
  };
}

const dayRow = (page: Page, day: string) =>
  page.locator(`[data-testid="daily-cost-row"][data-day="${day}"]`);

test("the overview charts the agent cost per day over 14 days, with totals and projects", async ({
  page,
}) => {
  const sums = await periodSums();
  expect(sums.total.cost).toBeGreaterThanOrEqual(1.7921 - 1e-9);
  await page.goto("/");
  const card = page.getByTestId("agent-cost");
  await expect(card.getByText("Agent cost, last 14 days")).toBeVisible();

  const chart = card.getByRole("img", { name: /^Agent cost per day over the last 14 days/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(
    `Agent cost per day over the last 14 days: about ${usd(sums.total.cost)} in all (partly estimated), highest $1.75 on ${RECENT.label}.`,
  );
  await expect(card.getByTestId("daily-cost-row")).toHaveCount(14);
  await expect(card.getByTestId("daily-cost-bar")).toHaveCount(14);

  const recent = dayRow(page, RECENT.day);
  await expect(recent.getByTestId("daily-cost")).toHaveText("≈ $1.75 (estimate)");
  await expect(recent.getByTestId("daily-tokens")).toHaveText("17,000");
  await expect(recent.getByTestId("daily-runs")).toHaveText("2");
  const earlier = dayRow(page, EARLIER.day);
  await expect(earlier.getByTestId("daily-cost")).toHaveText("≈ $0.0421 (estimate)");
  await expect(earlier.getByTestId("daily-tokens")).toHaveText("2,195");
  await expect(earlier.getByTestId("daily-runs")).toHaveText("3");
  const quiet = dayRow(page, dayBefore(4).day);
  await expect(quiet.getByTestId("daily-cost")).toHaveText("$0.00");
  await expect(quiet.getByTestId("daily-runs")).toHaveText("0");

  // The highest day's bar is full height; a day without runs has none.
  const bar = (day: string) => card.locator(`[data-testid="daily-cost-bar"][data-day="${day}"]`);
  await expect(bar(RECENT.day)).toHaveAttribute("height", "60");
  await expect(bar(dayBefore(4).day)).toHaveAttribute("height", "0");
  await expect(bar(RECENT.day).locator("xpath=..").locator("title")).toHaveText(
    /≈ \$1\.75 \(estimate\), 17,000 tokens, 2 runs$/,
  );

  await expect(card.getByTestId("agent-cost-total")).toHaveText(estimate(sums.total.cost));
  await expect(card.getByTestId("agent-cost-tokens")).toContainText(
    `${whole(sums.total.input)} in / ${whole(sums.total.output)} out tokens`,
  );

  const project = (name: string) =>
    card.locator(`[data-testid="project-usage"][data-project="${name}"]`);
  for (const name of [seeded.project, seeded.other]) {
    const sum = sums.project(name);
    await expect(project(name).getByTestId("project-usage-cost")).toHaveText(estimate(sum.cost));
    await expect(project(name).getByTestId("project-usage-tokens")).toContainText(
      `${whole(sum.input)} in / ${whole(sum.output)} out tokens`,
    );
  }
  await expect(card.getByTestId("project-usage").first()).toHaveAttribute(
    "data-project",
    seeded.project,
  );

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(chart).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("a mission shows its total and each unit's cost and tokens, live", async ({ page }) => {
  await page.goto(`/missions/${seeded.missionId}`);
  await expect(page.getByTestId("mission-cost")).toHaveText("≈ $0.0421 of $5.00 (estimate)");
  await expect(page.getByTestId("mission-tokens")).toHaveText("1,780 in / 415 out tokens");
  const unit = (key: string) => page.locator(`[data-testid="unit"][data-unit-key="${key}"]`);
  await expect(unit("parser").getByTestId("unit-usage")).toHaveText(
    "$0.0321 · 1,200 in / 345 out tokens",
  );
  await expect(unit("docs").getByTestId("unit-usage")).toHaveText(
    "≈ $0.0100 (estimate) · 500 in / 50 out tokens",
  );

  // Another attempt of a unit ends while the page is open: the polled view brings its cost.
  const parser = await runSql(
    url,
    "SELECT unit_id, project_id FROM claude_mission_control.work_units JOIN claude_mission_control.missions USING (mission_id) WHERE mission_id = $1 AND unit_key = 'parser'",
    [seeded.missionId],
  );
  await insertRun({
    project: parser.rows[0].project_id,
    mission: seeded.missionId,
    unit: parser.rows[0].unit_id,
    role: "worker",
    input: 800,
    output: 55,
    cost: 0.0179,
    source: "reported",
    at: new Date().toISOString(),
  });
  await expect(unit("parser").getByTestId("unit-usage")).toHaveText(
    "$0.0500 · 2,000 in / 400 out tokens",
  );
  await expect(page.getByTestId("mission-cost")).toHaveText("≈ $0.0600 of $5.00 (estimate)");

  const response = await page.request.get(`/api/missions/${seeded.missionId}`);
  const view = await response.json();
  expect(view.usage).toMatchObject({ runs: 4, inputTokens: 2580, outputTokens: 470 });
  expect(view.usage.costUsd).toBeCloseTo(0.06, 10);
  await expectNoHorizontalScroll(page);
});

test("a session shows what its agent used", async ({ page }) => {
  await page.goto(`/sessions/${seeded.sessionId}`);
  const facts = page.getByTestId("session-facts");
  await expect(facts.getByTestId("session-agent-cost")).toHaveText("$1.25");
  await expect(facts.getByTestId("session-agent-tokens")).toHaveText(
    "10,000 in / 2,000 out tokens",
  );
});

test("a launched session's page shows its agent's cost and tokens once the agent ends", async ({
  page,
}) => {
  await page.goto("/launcher");
  const card = page.getByTestId("project-card").filter({ hasText: "atlas-web" });
  await card.getByRole("button", { name: "Launch" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("I have read these warnings").check();
  await dialog.getByRole("button", { name: "Launch session" }).click();
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("launch-status")).toHaveText("succeeded", { timeout: 30_000 });
  // The scripted agent reports, as Claude Code does, a cost and tokens: none of either.
  const facts = page.getByTestId("session-facts");
  await expect(facts.getByTestId("session-agent-cost")).toHaveText("$0.00");
  await expect(facts.getByTestId("session-agent-tokens")).toHaveText("0 in / 0 out tokens");
});
