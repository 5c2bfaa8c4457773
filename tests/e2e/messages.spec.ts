import { expect, test } from "@playwright/test";
import { openNavigation } from "@/tests/e2e/support/navigation";
import { expectNoHorizontalScroll } from "@/tests/e2e/support/no-horizontal-scroll";

test("messages: read an inbox, compose, and mark read with the unread count following", async ({
  page,
}, testInfo) => {
  const subject = `Deploy window (${testInfo.project.name})`;
  await page.goto("/");
  const nav = await openNavigation(page);
  const badge = nav.getByRole("link", { name: "Messages", exact: true }).getByTestId("nav-badge");
  const unreadBefore = Number(await badge.textContent());
  expect(unreadBefore).toBeGreaterThan(0);
  await nav.getByRole("link", { name: "Messages", exact: true }).click();

  await page
    .getByRole("form", { name: "Choose inbox" })
    .getByLabel("Inbox of")
    .selectOption({ label: "claude-code-unified" });
  await page.getByRole("button", { name: "Show inbox" }).click();
  const messages = page.getByTestId("message");
  await expect(messages.first()).toContainText("unread");
  await expect(page.getByText("New bank export format")).toBeVisible();
  await expectNoHorizontalScroll(page);

  const compose = page.getByRole("form", { name: "Compose message" });
  await compose.getByLabel("Subject").fill(subject);
  await compose.getByRole("button", { name: "Send" }).click();
  await expect(compose.getByText("Write a message.")).toBeVisible();
  await compose.getByLabel("Message").fill("Friday 14:00, <script>alert(1)</script> stays text.");
  await compose.getByLabel("To").selectOption({ label: "claude-code-unified" });
  await compose.getByRole("button", { name: "Send" }).click();
  await expect(compose.getByRole("status")).toHaveText("Message sent.");

  const mine = messages.filter({ hasText: subject });
  await expect(mine).toContainText("Friday 14:00, <script>alert(1)</script> stays text.");
  await mine.getByRole("button", { name: "Mark read" }).click();
  await expect(mine.getByRole("button", { name: "Mark read" })).toHaveCount(0);
  await mine.getByRole("button", { name: "Mark processed" }).click();
  await expect(mine).toContainText("processed");
  const after = await openNavigation(page);
  await expect(
    after.getByRole("link", { name: "Messages", exact: true }).getByTestId("nav-badge"),
  ).toHaveText(String(unreadBefore));
});
