import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "@/tests/e2e/support/e2e-constants";
import { expectNoHorizontalScroll } from "@/tests/e2e/support/no-horizontal-scroll";

test("the audit log filters by operation and says when a filter is malformed", async ({ page }) => {
  await page.goto("/audit");
  await expect(page.getByTestId("audit-entry").first()).toBeVisible();
  await page
    .getByRole("form", { name: "Filter audit log" })
    .getByLabel("Operation")
    .selectOption("create_initial_admin");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("audit-entry")).toHaveCount(1);
  await expect(page.getByTestId("audit-entry")).toContainText(E2E_ADMIN.email);
  await expectNoHorizontalScroll(page);

  await page.goto("/audit?from=yesterday");
  await expect(
    page.getByRole("alert").filter({ hasText: "Use a date like 2026-01-31." }),
  ).toBeVisible();
});
