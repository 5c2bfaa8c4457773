import { expect, test } from "@playwright/test";

test("the overview shows the demo workspace's counts on a fresh start", async ({ page }) => {
  await page.goto("/");
  const count = (name: string) => page.getByTestId(`count-${name}`).getByTestId("count-value");
  await expect(count("projects")).toHaveText("3");
  await expect(count("unclosed-sessions")).toHaveText("2");
  await expect(count("open-feedback")).toHaveText("3");
  await expect(count("unread-messages")).toHaveText("3");
});
