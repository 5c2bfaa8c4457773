import { expect, type Page, test } from "@playwright/test";
import { E2E_OPERATOR } from "@/tests/e2e/support/e2e-constants";
import { E2E_RECEIVER_URL, type RecordedRequest } from "@/tests/e2e/support/notification-receiver";
import { signedOutPage } from "@/tests/e2e/support/page-as";
import { startDemoMission } from "@/tests/e2e/support/start-demo-mission";

type NtfyMessage = {
  topic: string;
  title: string;
  message: string;
  click?: string;
  actions?: { label: string; url: string }[];
};

async function ntfyMessages(page: Page, topic: string): Promise<NtfyMessage[]> {
  const response = await page.request.get(`${E2E_RECEIVER_URL}/requests`);
  const requests = (await response.json()) as RecordedRequest[];
  return requests
    .filter((request) => request.path === "/ntfy/")
    .map((request) => JSON.parse(request.body) as NtfyMessage)
    .filter((message) => message.topic === topic);
}

test("a phone gets “approval needed” through ntfy; its approve link, opened signed out, signs in, confirms and the mission goes on", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const topic = `phone-${testInfo.project.name}-${Date.now()}`;

  await page.goto("/settings/notifications");
  const form = page.getByRole("form", { name: "Add a channel" });
  await form.getByLabel("Name").fill("My phone");
  await form.getByLabel("Kind").selectOption("ntfy");
  await form.getByLabel("Server URL").fill(`${E2E_RECEIVER_URL}/ntfy`);
  await form.getByLabel("Topic").fill("not a topic!");
  await form.getByRole("button", { name: "Add channel" }).click();
  await expect(form.getByText("A topic is 1–64 letters, digits, - or _.")).toBeVisible();
  await form.getByLabel("Topic").fill(topic);
  await form.getByLabel("Access token, optional").fill("tk_phone_secret_token");
  await expect(form.getByLabel("Approval needed")).toBeChecked();
  await form.getByRole("button", { name: "Add channel" }).click();
  await expect(form.getByRole("status")).toHaveText("Added My phone.");
  const channel = page.getByRole("listitem", { name: "Channel My phone" }).last();
  await expect(channel).toContainText(`${E2E_RECEIVER_URL}/ntfy/${topic}`);
  await expect(page.locator("body")).not.toContainText("tk_phone_secret_token");

  await startDemoMission(page);
  const missionUrl = page.url();
  const missionId = missionUrl.split("/missions/")[1] ?? "";
  await expect(page.getByTestId("pending-approval")).toContainText("Push green", {
    timeout: 240_000,
  });

  let approvalNeeded: NtfyMessage | undefined;
  await expect
    .poll(
      async () => {
        approvalNeeded = (await ntfyMessages(page, topic)).find(
          (message) =>
            message.title.startsWith("Approval needed") && message.click?.endsWith(missionId),
        );
        return approvalNeeded?.actions?.map((action) => action.label);
      },
      { timeout: 60_000 },
    )
    .toEqual(["Approve", "Reject"]);
  expect(approvalNeeded?.message).toContain("Push green");
  const approveUrl = approvalNeeded?.actions?.[0]?.url ?? "";
  expect(approveUrl).toMatch(/^http:\/\/127\.0\.0\.1:3100\/approvals\/[\w.-]+$/);

  // Opened on a phone that is not signed in: sign in, come back to the confirmation.
  const phone = await signedOutPage(browser, testInfo);
  await phone.goto(approveUrl);
  await expect(phone).toHaveURL(/\/login\?callbackUrl=%2Fapprovals%2F/);
  await phone.getByLabel("Email").fill(E2E_OPERATOR.email);
  await phone.getByLabel("Password").fill(E2E_OPERATOR.password);
  await phone.getByRole("button", { name: "Sign in" }).click();
  await expect(phone.getByRole("heading", { name: "Approve?" })).toBeVisible();
  const what = phone.getByRole("region", { name: /Push green/ });
  await expect(what).toContainText("Project");
  await expect(what).toContainText("mission-demo");
  await phone.getByRole("button", { name: "Approve" }).click();
  await expect(phone).toHaveURL(new RegExp(`/missions/${missionId}\\?decided=approved$`));
  await expect(phone.getByTestId("mission-status")).toHaveText(/succeeded/i, { timeout: 90_000 });
  await expect(phone.getByTestId("mission-result")).toContainText("Final verification passed");

  // The same link again: refused with a clear page.
  const again = await phone.goto(approveUrl);
  expect(again?.status()).toBe(403);
  await expect(
    phone.getByRole("heading", { name: "This approval link no longer works" }),
  ).toBeVisible();
  const tampered = await phone.goto(`${approveUrl.slice(0, -2)}xx`);
  expect(tampered?.status()).toBe(404);
  await expect(phone.getByRole("heading", { name: "Not a valid approval link" })).toBeVisible();
  await phone.context().close();

  await page.goto("/settings/notifications");
  const log = page.getByRole("list", { name: "Delivery log" });
  await expect(
    log.getByRole("listitem", { name: /Approval needed: .* to My phone/ }).first(),
  ).toContainText("delivered");
  await expect
    .poll(
      async () => (await ntfyMessages(page, topic)).map((message) => message.title.split(":")[0]),
      {
        timeout: 30_000,
      },
    )
    .toContain("Mission finished");
});
