import { expect, type Page } from "@playwright/test";

/** Starts the demo mission from the missions page; the page is left on the mission. */
export async function startDemoMission(page: Page) {
  await page.goto("/missions");
  await page.getByRole("button", { name: "Start demo mission" }).click();
  await expect(page).toHaveURL(/\/missions\/[0-9a-f-]{36}$/);
}
