import { expect, test } from "@playwright/test";
import { expectNoHorizontalScroll } from "@/tests/e2e/support/no-horizontal-scroll";

test("procedures: filter, create with a clear error, edit, and a project's checklist", async ({
  page,
}, testInfo) => {
  const name = `Back up the ledger (${testInfo.project.name})`;
  await page.goto("/procedures");
  await expect(page.getByTestId("procedure").first()).toContainText("mandatory");

  await page.getByRole("link", { name: "New procedure" }).click();
  const form = page.getByRole("form", { name: "New procedure" });
  await form.getByRole("button", { name: "Create procedure" }).click();
  await expect(form.getByText("Enter a name.")).toBeVisible();
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel(/Applies to/).fill("ledger-cli");
  await form.getByLabel("Mandatory").check();
  await form.getByRole("button", { name: "Create procedure" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

  const edit = page.getByRole("form", { name: "Edit procedure" });
  await edit.getByLabel(/Frequency/).fill("weekly");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("status")).toHaveText("Saved.");

  await page.goto("/procedures");
  await page
    .getByRole("form", { name: "Filter procedures" })
    .getByLabel("Project")
    .selectOption("ledger-cli");
  await page.getByRole("button", { name: "Filter" }).click();
  await page.getByRole("link", { name: "Checklist for ledger-cli" }).click();
  const checklist = page.getByTestId("checklist");
  await expect(checklist).toContainText(name);
  await expect(checklist.locator("li").first()).toContainText("MANDATORY");
  await page.getByText("Markdown", { exact: true }).click();
  await expect(page.getByTestId("checklist-markdown")).toContainText(
    `- [ ] **MANDATORY** ${name} (weekly)`,
  );
  await expectNoHorizontalScroll(page);
});
