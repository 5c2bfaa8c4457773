import { expect, type Page } from "@playwright/test";
import { E2E_ADMIN } from "@/tests/e2e/support/e2e-constants";
import { signIn } from "@/tests/e2e/support/sign-in";

/** Signs in as the admin and starts the demo mission; the page is left on the mission. */
export async function startDemoMission(page: Page) {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto("/missions");
  await page.getByRole("button", { name: "Start demo mission" }).click();
  await expect(page).toHaveURL(/\/missions\/[0-9a-f-]{36}$/);
}
