import { expect, test } from "@playwright/test";
import { startDemoMission } from "@/tests/e2e/support/start-demo-mission";

test("the overview names the local runner, and the runs page shows a ping run that can be retried", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByTestId("runner-status")).toContainText("runner: local");

  await page.goto("/settings/runs");
  await expect(page.getByRole("heading", { name: "Runs", level: 1 })).toBeVisible();
  const pings = page.getByTestId("run").filter({ hasText: "mission-control-runner-ping" });
  const before = await pings.count();
  await page.getByRole("button", { name: "Ping the runner" }).click();
  await expect(page.getByRole("status")).toContainText("Ping queued");

  await expect(async () => {
    await page.reload();
    expect(await pings.count()).toBe(before + 1);
    await expect(pings.first().getByText("completed", { exact: true })).toBeVisible({
      timeout: 1_000,
    });
  }).toPass({ timeout: 20_000 });

  await pings
    .first()
    .getByText(/\d+ steps?$/)
    .click();
  await expect(pings.first().getByText("record-ping")).toBeVisible();

  await pings.first().getByRole("button", { name: "Retry" }).click();
  await expect(async () => {
    await page.reload();
    expect(await pings.count()).toBe(before + 2);
  }).toPass({ timeout: 20_000 });
});

test("cancelling a mission's run on the runs page ends the mission as cancelled", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await startDemoMission(page);
  const missionUrl = page.url();
  await expect(page.getByTestId("pending-approval")).toContainText("Push green", {
    timeout: 120_000,
  });

  await page.goto("/settings/runs");
  const missionRun = page
    .getByTestId("run")
    .filter({ has: page.getByText("mission-control-mission-run", { exact: true }) })
    .filter({ has: page.getByRole("button", { name: "Cancel" }) });
  await expect(missionRun).toHaveCount(1);
  await missionRun.getByRole("button", { name: "Cancel" }).click();
  // The page is revalidated: the run is no longer running, so it offers no Cancel.
  await expect(missionRun).toHaveCount(0);

  await page.goto(missionUrl);
  await expect(page.getByTestId("mission-status")).toHaveText(/cancelled/i, { timeout: 60_000 });
  await expect(page.getByTestId("pending-approval")).toHaveCount(0);
  await expect(page.getByTestId("mission-result")).toContainText("3 of 5 units merged");
});
