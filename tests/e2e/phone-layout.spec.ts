// Runs on the phone project only (see playwright.config.ts): at 390 px no page may scroll
// sideways, whatever it shows, and the header menu stands in for the sidebar.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { authStatePath, SIGNED_OUT } from "@/tests/e2e/support/auth-state";
import { E2E_ADMIN } from "@/tests/e2e/support/e2e-constants";
import { AREAS, openNavigation } from "@/tests/e2e/support/navigation";
import { expectNoHorizontalScroll } from "@/tests/e2e/support/no-horizontal-scroll";

async function expectFits(page: Page, path: string, shown: (page: Page) => Locator) {
  await page.goto(path);
  await expect(shown(page).first()).toBeVisible();
  await expectNoHorizontalScroll(page);
}

const byTestId = (id: string) => (page: Page) => page.getByTestId(id);
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

test.describe("signed out", () => {
  test.use({ storageState: SIGNED_OUT });

  test("sign-in, the header menu to every area, the theme switch and sign-out fit a phone", async ({
    page,
  }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "Wrong email or password." }),
    ).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
    await expectNoHorizontalScroll(page);

    await expect(page.getByTestId("sidebar")).toBeHidden();
    await expect(page.getByRole("button", { name: "Open menu" })).toBeVisible();
    for (const [label, path] of AREAS) {
      const nav = await openNavigation(page);
      await nav.getByRole("link", { name: label, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path === "/" ? "/$" : `${path}$`}`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(label);
      await expectNoHorizontalScroll(page);
    }

    const html = page.locator("html");
    const wasDark = ((await html.getAttribute("class")) ?? "").includes("dark");
    await page.getByRole("button", { name: /Switch to (dark|light) theme/ }).click();
    await expect(html).toHaveClass(wasDark ? /^(?!.*\bdark\b)/ : /\bdark\b/);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
  });
});

test("the header menu shows the unread count; the inbox and a compose error fit", async ({
  page,
}) => {
  await page.goto("/");
  const nav = await openNavigation(page);
  const messages = nav.getByRole("link", { name: "Messages", exact: true });
  expect(Number(await messages.getByTestId("nav-badge").textContent())).toBeGreaterThan(0);
  await messages.click();

  await page
    .getByRole("form", { name: "Choose inbox" })
    .getByLabel("Inbox of")
    .selectOption({ label: "claude-code-unified" });
  await page.getByRole("button", { name: "Show inbox" }).click();
  await expect(page.getByText("New bank export format")).toBeVisible();
  await expectNoHorizontalScroll(page);

  const compose = page.getByRole("form", { name: "Compose message" });
  await compose.getByLabel("Subject").fill("A subject and no message");
  await compose.getByRole("button", { name: "Send" }).click();
  await expect(compose.getByText("Write a message.")).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("every list fits a phone", async ({ page }) => {
  await expectFits(page, "/", byTestId("runner-status"));
  await expectFits(page, "/audit?operation=create_initial_admin", byTestId("audit-entry"));
  await expectFits(page, "/feedback?type=question", byTestId("feedback-item"));
  await expectFits(page, "/knowledge?q=timestamps", byTestId("knowledge-item"));
  await expectFits(page, "/launcher", byTestId("project-card"));
  await expectFits(page, "/sessions", byTestId("session-row"));
  await expectFits(page, "/procedures?project=ledger-cli", byTestId("procedure"));
  await expectFits(page, "/missions", heading);
  await expectFits(page, "/settings", byTestId("agent-profile"));
  await expectFits(page, "/settings/users", byTestId("user-row"));
  await expectFits(page, "/settings/runs", heading);
});

test("detail pages fit a phone, their SQL and Markdown open", async ({ page }) => {
  await page.goto("/feedback");
  await page.getByTestId("feedback-item").first().getByRole("link").click();
  await page.getByText("SQL to file feedback on this project").click();
  await expect(page.getByTestId("create-feedback-sql").locator("pre")).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.goto("/knowledge?q=timestamps");
  await page.getByTestId("knowledge-item").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Store timestamps in UTC");
  await expectNoHorizontalScroll(page);

  await page.goto("/sessions?state=closed");
  await page.getByTestId("session-row").first().getByRole("link").click();
  await expect(page.getByTestId("session-summary")).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.goto("/procedures/checklist?project=ledger-cli");
  await expect(page.getByTestId("checklist")).toBeVisible();
  await page.getByText("Markdown", { exact: true }).click();
  await expect(page.getByTestId("checklist-markdown")).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("an open session's SQL and its close form's error fit a phone", async ({ page }) => {
  await page.goto("/sessions?state=open");
  await page.getByTestId("session-row").last().getByRole("link").click();
  const sqlPanel = page.getByTestId("session-end-sql");
  await sqlPanel.getByText("Generate session-end SQL").click();
  await expect(sqlPanel.locator("pre")).toContainText("UPDATE claude_family.session_history");
  await expectNoHorizontalScroll(page);

  const form = page.getByRole("form", { name: "Close session" });
  await form.getByLabel("Summary").fill("   ");
  await form.getByRole("button", { name: "Close session" }).click();
  await expect(form.getByText("Write a summary.")).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("forms with their errors fit a phone", async ({ page }) => {
  await page.goto("/feedback/new");
  const feedback = page.getByRole("form", { name: "New feedback" });
  await feedback.getByLabel("Title").fill("A title and no project");
  await feedback.getByRole("button", { name: "Create feedback" }).click();
  await expect(feedback.getByText("Choose a project.")).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.goto("/knowledge/new");
  const knowledge = page.getByRole("form", { name: "New knowledge" });
  await knowledge.getByLabel("Title").fill("A title and nothing else");
  await knowledge.getByLabel(/Confidence/).fill("11");
  await knowledge.getByRole("button", { name: "Create knowledge" }).click();
  await expect(knowledge.getByText("Confidence is a whole number from 1 to 10.")).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.goto("/missions/new");
  const mission = page.getByRole("form", { name: "New mission" });
  await mission.getByRole("button", { name: "Start mission" }).click();
  await expect(mission.getByText("Describe the objective.")).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.goto("/launcher/projects/new");
  const project = page.getByRole("form", { name: "Register project" });
  await project.getByLabel("Name").fill("outside");
  await project.getByLabel("Folder (absolute path)").fill("/etc");
  await project.getByRole("button", { name: "Register project" }).click();
  await expect(project.getByText("is outside the allowed folders")).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.goto("/launcher");
  await page
    .getByTestId("project-card")
    .filter({ hasText: "atlas-web" })
    .getByRole("link", { name: "Edit" })
    .click();
  const settings = page.getByRole("form", { name: "Mission settings" });
  await settings.getByLabel(/^Green branch/).fill("mc/green branch");
  await settings.getByRole("button", { name: "Save mission settings" }).click();
  await expect(settings.getByText("Green branch: Use no spaces.")).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.goto("/settings");
  await page.getByText("Add a profile").click();
  const profile = page.getByRole("form", { name: "Add agent profile" });
  await profile.getByLabel(/^Id/).fill("phone");
  await profile.getByLabel("Name").fill("Phone agent");
  await profile.getByLabel("Kind").selectOption("generic");
  await profile.getByRole("button", { name: "Add profile" }).click();
  await expect(
    profile.getByText("A claude-code or generic profile needs a command."),
  ).toBeVisible();
  await page.getByText("Add a setting").click();
  const setting = page.getByRole("form", { name: "Add a setting" });
  await setting.getByLabel(/^Key/).fill("phone.note");
  await setting.getByLabel("Value (JSON)").fill("{");
  await setting.getByRole("button", { name: "Add setting" }).click();
  await expect(setting.getByText(/^This is not valid JSON/)).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("a launched agent's live output fits a phone", async ({ page }) => {
  await page.goto("/launcher");
  const card = page.getByTestId("project-card").filter({ hasText: "nimbus-api" });
  await card.getByRole("button", { name: "Launch" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("I have read these warnings").check();
  await dialog.getByRole("button", { name: "Launch session" }).click();
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("launch-status")).toHaveText("succeeded", { timeout: 30_000 });
  await expect(page.getByTestId("agent-output")).toContainText("Read the launch context");
  await expectNoHorizontalScroll(page);
});

test.describe("as a viewer", () => {
  test.use({ storageState: authStatePath("viewer") });

  test("a viewer's knowledge entry and mission list fit a phone", async ({ page }) => {
    await page.goto("/knowledge?q=timestamps");
    await page.getByTestId("knowledge-item").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Store timestamps in UTC");
    await expectNoHorizontalScroll(page);
    await expectFits(page, "/missions", heading);
  });
});

test.describe("as an operator", () => {
  test.use({ storageState: authStatePath("operator") });

  test("an operator's read-only settings fit a phone", async ({ page }) => {
    await expectFits(page, "/settings", (page) =>
      page.getByText("Only admins change these settings"),
    );
  });
});
