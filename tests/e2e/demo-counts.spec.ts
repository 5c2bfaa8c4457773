import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "@/tests/e2e/support/e2e-constants";
import { signIn } from "@/tests/e2e/support/sign-in";

test("the overview shows the demo workspace's counts on a fresh start", async ({ page }) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  const count = (name: string) => page.getByTestId(`count-${name}`).getByTestId("count-value");
  await expect(count("projects")).toHaveText("3");
  await expect(count("unclosed-sessions")).toHaveText("2");
  await expect(count("open-feedback")).toHaveText("3");
  await expect(count("unread-messages")).toHaveText("3");
});
