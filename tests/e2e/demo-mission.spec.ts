import { expect, test } from "@playwright/test";
import { MISSION_CHANGING_BUTTONS } from "@/tests/e2e/support/mission-buttons";
import { expectNoHorizontalScroll } from "@/tests/e2e/support/no-horizontal-scroll";
import { pageAs } from "@/tests/e2e/support/page-as";
import { startDemoMission } from "@/tests/e2e/support/start-demo-mission";

test("the demo mission: start it, watch the units live, approve the push, see it finish", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  await startDemoMission(page);

  const units = page.getByTestId("unit");
  await expect(units).toHaveCount(5, { timeout: 60_000 });
  const unit = (title: string) => units.filter({ hasText: title });
  await expect(unit("Add subtraction").getByTestId("unit-status")).toHaveText(/merged/i, {
    timeout: 90_000,
  });
  await expect(unit("Write a usage guide").getByTestId("unit-status")).toHaveText(/conflicted/i);
  await expect(unit("Write a usage guide").getByTestId("unit-reason")).toContainText("README.md");
  await expect(unit("Add a stricter sanity test").getByTestId("unit-status")).toHaveText(
    /reverted/i,
    {
      timeout: 90_000,
    },
  );

  const approval = page.getByTestId("pending-approval");
  await expect(approval).toContainText("Push green", { timeout: 90_000 });
  await expectNoHorizontalScroll(page);

  // Someone following along as a viewer reads the same status, with nothing to press.
  const viewerPage = await pageAs(browser, testInfo, "viewer");
  await viewerPage.goto(page.url());
  await expect(viewerPage.getByTestId("pending-approval")).toContainText("Operators approve");
  for (const name of MISSION_CHANGING_BUTTONS)
    await expect(viewerPage.getByRole("button", { name })).toHaveCount(0);
  await expectNoHorizontalScroll(viewerPage);
  await viewerPage.context().close();

  await approval.getByRole("button", { name: "Approve" }).click();

  await expect(page.getByTestId("mission-status")).toHaveText(/succeeded/i, { timeout: 60_000 });
  await expect(page.getByTestId("mission-result")).toContainText("3 of 5 units merged");
  await expect(page.getByTestId("mission-result")).toContainText("Final verification passed");
  await expect(unit("Add multiplication").getByTestId("unit-status")).toHaveText(/merged/i);
  await expect(page.getByTestId("merge").first()).toBeVisible();
  // The merge train: batches verified together, the bisection naming the unit that broke one.
  const batches = page.getByTestId("merge-batch");
  await expect(batches.first()).toContainText("Batch #1");
  await expect(batches.getByTestId("batch-blamed")).toHaveText(
    "Bisection blamed: Add a stricter sanity test",
  );
  await expect(batches.getByTestId("batch-landed").first()).toContainText("Landed:");
  await expectNoHorizontalScroll(page);
});
