import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "@/tests/e2e/support/e2e-constants";
import { signIn } from "@/tests/e2e/support/sign-in";

test("the overview names the local runner, and the runs page shows a ping run that can be retried", async ({
  page,
}) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
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
