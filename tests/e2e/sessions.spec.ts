import { expect, test } from "@playwright/test";
import { expectNoHorizontalScroll } from "@/tests/e2e/support/no-horizontal-scroll";

test("sessions: filter to open ones, generate the session-end SQL, close one after a clear error", async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/sessions?from=2026-02-30");
  await expect(page.getByText("That day does not exist.")).toBeVisible();

  await page.goto("/sessions");
  const rows = page.getByTestId("session-row");
  await expect(rows.first()).toBeVisible();
  await expectNoHorizontalScroll(page);

  const filters = page.getByRole("form", { name: "Filter sessions" });
  await filters.getByLabel("State").selectOption("open");
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/state=open/);
  await expect(rows.first()).toBeVisible();
  expect(await rows.evaluateAll((all) => all.map((row) => row.dataset.state))).not.toContain(
    "closed",
  );

  // The oldest open one, a demo session: sessions that other specs launch are newer.
  await rows.last().getByRole("link").click();
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  const sessionId = new URL(page.url()).pathname.split("/").at(-1) as string;
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Session in");
  await expect(page.getByTestId("session-facts")).toContainText(/open for \d+/);

  const sqlPanel = page.getByTestId("session-end-sql");
  const sql = sqlPanel.locator("pre");
  await expect(sql).toBeHidden();
  await sqlPanel.getByText("Generate session-end SQL").click();
  await expect(sql).toContainText("UPDATE claude_family.session_history");
  await expect(sql).toContainText(`WHERE session_id = '${sessionId}'::uuid;`);
  await sqlPanel.getByRole("button", { name: "Copy SQL" }).click();
  await expect(sqlPanel.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await sql.textContent());

  const form = page.getByRole("form", { name: "Close session" });
  const tasks = "Checked '); DROP TABLE claude_family.session_history; --\n<b>Bold</b> task";
  await form.getByLabel("Summary").fill("   ");
  await form.getByLabel("Tasks completed (one per line)").fill(tasks);
  await form.getByRole("button", { name: "Close session" }).click();
  await expect(form.getByText("Write a summary.")).toBeVisible();
  await expect(form.getByLabel("Tasks completed (one per line)")).toHaveValue(tasks);
  await expectNoHorizontalScroll(page);

  const summary = `Closed in the ${testInfo.project.name} run: it's <i>done</i> \\o/`;
  await form.getByLabel("Summary").fill(summary);
  await form.getByRole("button", { name: "Close session" }).click();
  await expect(page.getByTestId("session-facts").getByTestId("session-state")).toHaveText("Closed");
  await expect(page.getByRole("form", { name: "Close session" })).toHaveCount(0);
  await expect(page.getByTestId("session-summary")).toHaveText(summary);
  await expect(page.getByTestId("session-tasks").getByRole("listitem")).toHaveText([
    "Checked '); DROP TABLE claude_family.session_history; --",
    "<b>Bold</b> task",
  ]);
  await expect(sql).toContainText(
    `session_summary = E'Closed in the ${testInfo.project.name} run: it''s <i>done</i> \\\\o/'`,
  );
  await expectNoHorizontalScroll(page);

  await page.goto("/sessions");
  const closedRow = rows.filter({ has: page.locator(`a[href="/sessions/${sessionId}"]`) });
  await expect(closedRow).toHaveAttribute("data-state", "closed");
  await expect(closedRow).toContainText("Closed in the");
});

test("feedback detail offers the SQL to file feedback on its project", async ({ page }) => {
  await page.goto("/feedback");
  await page.getByTestId("feedback-item").first().getByRole("link").click();
  const panel = page.getByTestId("create-feedback-sql");
  await panel.getByText("SQL to file feedback on this project").click();
  await expect(panel.locator("pre")).toContainText("INSERT INTO claude_pm.project_feedback");
  await expect(panel.locator("pre")).toContainText(/\('[0-9a-f-]{36}'::uuid, 'bug', 'TODO: title'/);
  await expectNoHorizontalScroll(page);
});
