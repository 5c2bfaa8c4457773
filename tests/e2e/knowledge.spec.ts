import { expect, test } from "@playwright/test";
import { authStatePath } from "@/tests/e2e/support/auth-state";
import { expectNoHorizontalScroll } from "@/tests/e2e/support/no-horizontal-scroll";

test("knowledge: search, filter, create with a clear error on bad input, edit, mark applied", async ({
  page,
}, testInfo) => {
  const word = `quokka${testInfo.project.name}`;
  const title = `<b>Pool</b> sizing for ${word}`;
  await page.goto("/knowledge");
  const items = page.getByTestId("knowledge-item");
  await expect(items.first()).toBeVisible();
  await expectNoHorizontalScroll(page);

  const search = page.getByRole("form", { name: "Search knowledge" });
  await search.getByLabel("Search").fill("timestamps");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=timestamps/);
  await expect(items.first()).toContainText("Store timestamps in UTC");

  await search.getByLabel("Search").fill("");
  await search.getByLabel("Type").selectOption("gotcha");
  await search.getByLabel("Category").selectOption("javascript");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/type=gotcha&category=javascript/);
  await expect(items.first()).toContainText("Guard averages against empty input");
  for (const item of await items.all()) await expect(item).toContainText("Gotcha");

  await page.goto("/knowledge?type=rant&q=UTC");
  await expect(
    search.getByText("Choose pattern, technique, gotcha or best practice."),
  ).toBeVisible();
  await expect(items.first()).toContainText("Store timestamps in UTC");

  await page.getByRole("link", { name: "New knowledge" }).click();
  const form = page.getByRole("form", { name: "New knowledge" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Type").selectOption("gotcha");
  await form.getByLabel(/Confidence/).fill("11");
  await form.getByRole("button", { name: "Create knowledge" }).click();
  await expect(form.getByText("Describe what was learned.")).toBeVisible();
  await expect(form.getByText("Enter a category.")).toBeVisible();
  await expect(form.getByText("Confidence is a whole number from 1 to 10.")).toBeVisible();
  await expect(form.getByLabel("Title")).toHaveValue(title);
  await expect(form.getByLabel("Type")).toHaveValue("gotcha");
  await expectNoHorizontalScroll(page);

  await form
    .getByLabel("Description")
    .fill("Start with twice the cores; <i>measure</i> before growing.");
  await form.getByLabel(/Category/).fill("database");
  await form.getByLabel(/Confidence/).fill("6");
  await form.getByLabel("Created by").selectOption({ label: "claude-code-unified" });
  await form.getByRole("button", { name: "Create knowledge" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("knowledge-description")).toHaveText(
    "Start with twice the cores; <i>measure</i> before growing.",
  );
  await expect(page.getByTestId("times-applied")).toHaveText("never applied");

  await page.getByRole("button", { name: "Mark applied" }).click();
  await expect(page.getByRole("form", { name: "Mark applied" }).getByRole("status")).toHaveText(
    "Marked applied (1 in all).",
  );
  await expect(page.getByTestId("times-applied")).toHaveText("applied once");

  const edit = page.getByRole("form", { name: "Edit knowledge" });
  await edit.getByLabel(/Confidence/).fill("0");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByText("Confidence is a whole number from 1 to 10.")).toBeVisible();
  await edit.getByLabel(/Confidence/).fill("8");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(page.getByText("Gotcha · database · confidence 8/10")).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.goto(`/knowledge?q=${word}`);
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(title);
  await expect(items.first()).toContainText("applied once");
  await expectNoHorizontalScroll(page);
});

test.describe("as a viewer", () => {
  test.use({ storageState: authStatePath("viewer") });

  test("knowledge: a viewer reads entries but cannot add, edit or mark them applied", async ({
    page,
  }) => {
    await page.goto("/knowledge?q=timestamps");
    await expect(page.getByRole("link", { name: "New knowledge" })).toHaveCount(0);
    await page.getByTestId("knowledge-item").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Store timestamps in UTC");
    await expect(page.getByRole("button", { name: "Mark applied" })).toHaveCount(0);
    await expect(page.getByRole("form", { name: "Edit knowledge" })).toHaveCount(0);
    expect((await page.goto("/knowledge/new"))?.status()).toBe(403);
    await expectNoHorizontalScroll(page);
  });
});
