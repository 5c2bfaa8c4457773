import { expect, test } from "@playwright/test";
import type { ModelScript } from "@/scripts/model-server/model-script";
import { E2E_MODEL_URL } from "@/tests/e2e/support/e2e-constants";

const PROJECT = "ledger-cli";
const RESULT = JSON.stringify({ status: "completed", summary: "added live.txt" });

// Claude Code, the real binary, runs every role; the scripted model server plays the model. The
// worker's second answer takes 8 s, so its first lines are on the page while the unit runs.
const script: ModelScript = {
  conversations: [
    {
      match: "MC_ROLE: planner\nMC_ROUND: 1",
      turns: [
        {
          text: `<!-- PLAN -->\n${JSON.stringify({
            units: [
              {
                key: "live",
                title: "Write the live file",
                description: "Adds live.txt.",
                files_hint: ["live.txt"],
                depends_on: [],
                acceptance: "live.txt exists",
              },
            ],
          })}\n<!-- /PLAN -->`,
        },
      ],
    },
    {
      match: "MC_ROLE: planner\nMC_ROUND: 2",
      turns: [{ text: '<!-- PLAN -->\n{"units": []}\n<!-- /PLAN -->' }],
    },
    {
      match: "MC_ROLE: critic",
      turns: [{ text: 'CRITIC_RESULT: {"verdict": "sufficient", "feedback": "ok"}' }],
    },
    {
      match: "MC_ROLE: worker\nMC_UNIT: live",
      turns: [
        {
          text: "Starting on the live file.",
          tools: [{ kind: "shell", command: "echo live-check" }],
          usage: { input: 1000, output: 50 },
        },
        {
          tools: [{ kind: "write", path: "{cwd}/live.txt", content: "live\n" }],
          delayMs: 8_000,
          usage: { input: 1100, output: 40 },
        },
        {
          tools: [{ kind: "shell", command: "git add live.txt && git commit -qm 'Add live.txt'" }],
          usage: { input: 1200, output: 30 },
        },
        { text: `Done.\nMC_RESULT: ${RESULT}`, usage: { input: 1300, output: 60 } },
      ],
    },
    {
      match: "MC_ROLE: reviewer",
      turns: [
        { text: 'REVIEW_RESULT: {"alignment": 9, "approach": 8, "tests": 5, "notes": "ok"}' },
      ],
    },
  ],
};

test("a person points Claude Code at a model API in Settings; a mission's real Claude Code unit shows its output live", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  expect((await request.put(`${E2E_MODEL_URL}/_mc/script`, { data: script })).ok()).toBe(true);

  await page.goto("/settings");
  const item = page
    .getByRole("region", { name: "Agent profiles", exact: true })
    .getByTestId("agent-profile")
    .filter({ hasText: "Claude Code" });
  await item.getByText("Edit profile").click();
  const form = page.getByRole("form", { name: "Edit profile claude-code" });
  await form.getByLabel(/^Model/).fill("claude-sonnet-4-5");
  await form.getByLabel(/^API base URL/).fill(E2E_MODEL_URL);
  await form.getByLabel(/^API key/).fill("sk-ant-e2e-scripted-server");
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");

  await page.goto("/missions/new");
  const mission = page.getByRole("form", { name: "New mission" });
  await mission.getByLabel("Project").selectOption({ label: PROJECT });
  await mission
    .getByLabel("Objective", { exact: true })
    .fill("Write the live file with Claude Code");
  await mission.getByLabel(/^Workers/).fill("1");
  await mission.getByLabel("Agent profile").selectOption("claude-code");
  await mission.getByLabel("Approval").selectOption("never");
  await mission.getByRole("button", { name: "Start mission" }).click();
  await expect(page).toHaveURL(/\/missions\/[0-9a-f-]{36}$/);

  const unit = page.getByTestId("unit").filter({ hasText: "Write the live file" });
  await unit.getByRole("button", { name: "Follow output" }).click({ timeout: 90_000 });
  const output = unit.getByTestId("unit-output");
  await expect(output).toContainText("[session started, model claude-sonnet-4-5]");
  await expect(output).toContainText("Starting on the live file.");
  await expect(output).toContainText("[tool: Bash]");
  // Still running: the scripted model has not answered the write yet.
  await expect(unit.getByRole("button", { name: "Hide output" })).toBeVisible();
  await expect(unit).toContainText(/running/i);

  await expect(output).toContainText("Unit completed: added live.txt", { timeout: 60_000 });
  await expect(page.getByTestId("mission-status")).toContainText(/succeeded/i, { timeout: 90_000 });
  await expect(unit).toContainText(/merged/i);
  // What the scripted server reported (4,600 in, 180 out), at Claude Code's list price for
  // claude-sonnet-4-5 ($3 and $15 per million): $0.0165, reported by the CLI, not an estimate.
  await expect(unit.getByTestId("unit-usage")).toHaveText("$0.0165 · 4,600 in / 180 out tokens");
});
