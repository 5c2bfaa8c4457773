import { expect, type Page, test } from "@playwright/test";
import { MISSION_CHANGING_BUTTONS } from "@/tests/e2e/support/mission-buttons";
import { expectNoHorizontalScroll } from "@/tests/e2e/support/no-horizontal-scroll";
import { pageAs } from "@/tests/e2e/support/page-as";

const PROJECT = "atlas-web";

async function createMission(page: Page, objective: string) {
  await page.goto("/missions/new");
  const form = page.getByRole("form", { name: "New mission" });
  await form.getByLabel("Project").selectOption({ label: PROJECT });
  await form.getByLabel("Objective", { exact: true }).fill(objective);
  await form.getByLabel(/^Max rounds/).fill("1");
  await form.getByLabel(/^Wall time/).fill("1");
  await form.getByRole("button", { name: "Start mission" }).click();
  await expect(page).toHaveURL(/\/missions\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("mission-objective")).toHaveText(objective);
}

test("missions: project settings and a new mission with clear errors, then the list and the live page", async ({
  page,
}, testInfo) => {
  const objective = `Add a --json flag to the report (${testInfo.project.name})`;
  await page.goto("/launcher");
  await page
    .getByTestId("project-card")
    .filter({ hasText: PROJECT })
    .getByRole("link", { name: "Edit" })
    .click();
  const settings = page.getByRole("form", { name: "Mission settings" });
  await settings.getByLabel(/^Green branch/).fill("mc/green branch");
  await settings.getByLabel(/^Verification command/).fill('npm "test');
  await settings.getByRole("button", { name: "Save mission settings" }).click();
  await expect(settings.getByText("Green branch: Use no spaces.")).toBeVisible();
  await expect(settings.getByLabel(/^Verification command/)).toHaveValue('npm "test');
  await settings.getByLabel(/^Green branch/).fill("mc/green");
  await settings.getByRole("button", { name: "Save mission settings" }).click();
  await expect(settings.getByText("Green branch: Use no spaces.")).toHaveCount(0);
  await expect(settings.getByText("Close the double quote.")).toBeVisible();
  await settings.getByLabel(/^Verification command/).fill('node --test "tests/a b.js"');
  await settings.getByRole("button", { name: "Save mission settings" }).click();
  await expect(settings.getByRole("status")).toHaveText("Mission settings saved.");
  await page.reload();
  await expect(
    page.getByRole("form", { name: "Mission settings" }).getByLabel(/^Verification command/),
  ).toHaveValue('node --test "tests/a b.js"');
  await expectNoHorizontalScroll(page);

  await page.goto("/missions");
  await expect(page.getByRole("heading", { name: "Missions", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "New mission" }).click();
  const form = page.getByRole("form", { name: "New mission" });
  await expect(form.getByLabel(/^Workers/)).toHaveValue("2");
  await form.getByRole("button", { name: "Start mission" }).click();
  await expect(form.getByText("Choose a project.")).toBeVisible();
  await expect(form.getByText("Describe the objective.")).toBeVisible();

  await form.getByLabel("Project").selectOption({ label: PROJECT });
  await form.getByLabel("Objective", { exact: true }).fill(objective);
  await form.getByLabel(/^Workers/).fill("12");
  await form.getByLabel("Approval").selectOption("never");
  await form.getByRole("button", { name: "Start mission" }).click();
  await expect(form.getByText("Use 1 to 8 workers.")).toBeVisible();
  await expect(form.getByLabel("Objective", { exact: true })).toHaveValue(objective);
  await expect(form.getByLabel("Project")).toHaveValue(/[0-9a-f-]{36}/);
  await expect(form.getByLabel("Approval")).toHaveValue("never");
  await expectNoHorizontalScroll(page);

  await form.getByLabel(/^Workers/).fill("2");
  await form.getByLabel(/^Max rounds/).fill("1");
  await form.getByLabel(/^Wall time/).fill("1");
  await form.getByRole("button", { name: "Start mission" }).click();
  await expect(page).toHaveURL(/\/missions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Mission on ${PROJECT}`);
  await expect(page.getByTestId("mission-objective")).toHaveText(objective);
  await expect(page.getByTestId("mission-status")).toBeVisible();
  await expect(page.getByTestId("mission-progress")).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.goto("/missions");
  const item = page.getByTestId("mission-item").filter({ hasText: objective });
  await expect(item).toContainText(PROJECT);
  await expect(item.getByTestId("mission-status")).toBeVisible();
  await expectNoHorizontalScroll(page);
  await item.getByRole("link").click();
  await expect(page.getByTestId("mission-objective")).toHaveText(objective);
});

test("missions: a viewer reads missions but has no buttons to change them", async ({
  page,
  browser,
}, testInfo) => {
  const objective = `Tidy the changelog (${testInfo.project.name})`;
  await createMission(page, objective);
  const missionUrl = page.url();

  const viewerPage = await pageAs(browser, testInfo, "viewer");
  await viewerPage.goto("/missions");
  await expect(viewerPage.getByTestId("mission-item").filter({ hasText: objective })).toBeVisible();
  await expect(viewerPage.getByRole("link", { name: "New mission" })).toHaveCount(0);
  expect((await viewerPage.goto("/missions/new"))?.status()).toBe(403);

  await viewerPage.goto(missionUrl);
  await expect(viewerPage.getByTestId("mission-objective")).toHaveText(objective);
  await expect(viewerPage.getByTestId("mission-status")).toBeVisible();
  for (const name of MISSION_CHANGING_BUTTONS)
    await expect(viewerPage.getByRole("button", { name })).toHaveCount(0);
  await expectNoHorizontalScroll(viewerPage);
  await viewerPage.context().close();
});
