import { expect, test } from "@playwright/test";
import { expectNoHorizontalScroll } from "@/tests/e2e/support/no-horizontal-scroll";

test("launcher: launch the scripted agent after acknowledging the warnings and watch its output", async ({
  page,
}) => {
  await page.goto("/launcher");
  const card = page.getByTestId("project-card").filter({ hasText: "nimbus-api" });
  await expect(card).toContainText("Last session");
  await expect(card).toContainText("Session start checklist");
  await expectNoHorizontalScroll(page);

  await card.getByRole("button", { name: "Run it yourself" }).click();
  const own = page.getByRole("dialog");
  await expect(own.getByRole("region", { name: "Launch command" })).toContainText(
    "scripted-agent.mjs",
  );
  await expect(own.getByRole("region", { name: "Launch context" })).toContainText(
    "# Launch context: nimbus-api",
  );
  await expect(own.getByRole("button", { name: "Copy launch context" })).toBeVisible();
  await page.keyboard.press("Escape");

  await card.getByRole("button", { name: "Launch" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByTestId("launch-profile")).toContainText(
    "No real agent is configured: this launch uses the Scripted demo agent",
  );
  await expect(dialog.getByRole("region", { name: "Mandatory procedures" })).toContainText(
    "Session start checklist",
  );
  await dialog.getByRole("button", { name: "Launch session" }).click();
  await expect(dialog.getByText("Read and acknowledge the warnings first.")).toBeVisible();
  await dialog.getByLabel("I have read these warnings").check();
  await dialog.getByRole("button", { name: "Launch session" }).click();

  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  const output = page.getByTestId("agent-output");
  await expect(output).toContainText("Scripted agent (no language model) starting in", {
    timeout: 30_000,
  });
  await expect(output).toContainText("Read the launch context for nimbus-api");
  await expect(page.getByTestId("launch-status")).toHaveText("succeeded", { timeout: 30_000 });
  await expect(page.getByTestId("launch-outcome")).toContainText("Looked around nimbus-api");
  await expect(page.getByTestId("session-summary")).toContainText("Looked around nimbus-api");
  await expectNoHorizontalScroll(page);
});

test("launcher: register a project with a clear error for a folder outside the allowed ones", async ({
  page,
}, testInfo) => {
  await page.goto("/launcher");
  const demoPath =
    (await page
      .getByTestId("project-card")
      .filter({ hasText: "ledger-cli" })
      .locator("[data-slot=card-description]")
      .textContent()) ?? "";
  const projectsFolder = demoPath.slice(0, demoPath.lastIndexOf("/"));

  await page.getByRole("link", { name: "Register project" }).click();
  const form = page.getByRole("form", { name: "Register project" });
  const name = `scratch-${testInfo.project.name}-${Date.now()}`;
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Folder (absolute path)").fill("/etc");
  await form.getByRole("button", { name: "Register project" }).click();
  await expect(form.getByText("is outside the allowed folders")).toBeVisible();
  await expect(form.getByLabel("Name")).toHaveValue(name);

  await form.getByLabel("Folder (absolute path)").fill(projectsFolder);
  await form.getByLabel("Description").fill("<script>alert(1)</script> kept as text");
  await form.getByRole("button", { name: "Register project" }).click();
  await expect(page.getByText("Project saved.")).toBeVisible();
  await expect(page.getByTestId("not-git-warning")).toContainText("is not a git repository");

  await page.getByRole("link", { name: "Back to the launcher" }).click();
  const card = page.getByTestId("project-card").filter({ hasText: name });
  await expect(card).toContainText("not a git repository");
  await expect(card).toContainText("<script>alert(1)</script> kept as text");
  await expectNoHorizontalScroll(page);
});
