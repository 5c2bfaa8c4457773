import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "@/tests/e2e/support/e2e-constants";
import { expectNoHorizontalScroll } from "@/tests/e2e/support/no-horizontal-scroll";

test("feedback: filter, create with a clear error on bad input, comment, change status", async ({
  page,
}, testInfo) => {
  const title = `Crash on save (${testInfo.project.name}) <b>bold?</b>`;
  await page.goto("/feedback");
  const items = page.getByTestId("feedback-item");
  await expect(items.first()).toContainText("Bug");

  await page
    .getByRole("form", { name: "Filter feedback" })
    .getByLabel("Type")
    .selectOption("question");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/type=question/);
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText("Should summaries use local time?");
  await expectNoHorizontalScroll(page);

  await page.getByRole("link", { name: "New feedback" }).click();
  const form = page.getByRole("form", { name: "New feedback" });
  await form.getByLabel("Title").fill(title);
  await form.getByRole("button", { name: "Create feedback" }).click();
  await expect(form.getByText("Choose a project.")).toBeVisible();
  await expect(form.getByLabel("Title")).toHaveValue(title);

  await form.getByLabel("Project").selectOption({ label: "nimbus-api" });
  await form.getByLabel("Description").fill("Saving twice loses the first reading.");
  await form.getByRole("button", { name: "Create feedback" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Saving twice loses the first reading.")).toBeVisible();

  await page.getByLabel("Comment", { exact: true }).fill("Reproduced on the demo data.");
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(page.getByTestId("comment")).toContainText("Reproduced on the demo data.");
  await expect(page.getByTestId("comment")).toContainText(E2E_ADMIN.email);

  await page
    .getByRole("form", { name: "Change status" })
    .getByLabel("Status")
    .selectOption("in_progress");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByRole("status")).toHaveText("Status changed.");
  await page.reload();
  await expect(page.getByText(/In progress · priority 3/)).toBeVisible();
  await expectNoHorizontalScroll(page);

  // Resolved again, so the open-feedback count other tests read is as the demo data left it.
  await page
    .getByRole("form", { name: "Change status" })
    .getByLabel("Status")
    .selectOption("resolved");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(/Resolved · priority 3/)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
});
