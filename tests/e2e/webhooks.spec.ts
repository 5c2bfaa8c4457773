import { readFileSync } from "node:fs";
import path from "node:path";
import { sign } from "@octokit/webhooks-methods";
import { expect, test } from "@playwright/test";

// Read as a file: the package's main is a JSON file, which Playwright's loader will not import.
const examples: { name: string; examples: unknown[] }[] = JSON.parse(
  readFileSync(
    path.resolve("node_modules/@octokit/webhooks-examples/api.github.com/index.json"),
    "utf8",
  ),
);

test("a project's page shows the webhook URLs and signing secrets, and a signed ping lands in its delivery log", async ({
  page,
}) => {
  await page.goto("/launcher");
  const card = page.getByTestId("project-card").filter({ hasText: "atlas-web" });
  await card.getByRole("link", { name: "Edit" }).click();
  const section = page.getByTestId("webhooks-section");
  const githubUrl = section.getByRole("region", { name: "GitHub webhook URL" });
  await expect(githubUrl.locator("pre")).toHaveText(
    /^http:\/\/127\.0\.0\.1:\d+\/api\/webhooks\/github$/,
  );
  await expect(section.getByRole("region", { name: "Signed webhook URL" })).toContainText(
    "/api/webhooks/missions",
  );
  await expect(section.getByRole("region", { name: "Signed webhook secret" })).toContainText(
    /whsec_[A-Za-z0-9+/]+=*/,
  );
  const secretBlock = section.getByRole("region", { name: "GitHub webhook secret" }).locator("pre");
  const before = (await secretBlock.textContent())?.trim() ?? "";
  expect(before).toMatch(/^[0-9a-f]{64}$/);
  await expect(
    section.getByRole("region", { name: "GitHub webhook secret" }).getByRole("button", {
      name: "Copy github webhook secret",
    }),
  ).toBeVisible();

  await section.getByRole("button", { name: "Regenerate GitHub secret" }).click();
  await expect(section.getByText("New secret made: the old one no longer verifies.")).toBeVisible();
  await expect(secretBlock).not.toHaveText(before);
  const secret = (await secretBlock.textContent())?.trim() ?? "";
  expect(secret).toMatch(/^[0-9a-f]{64}$/);

  await section.getByLabel(/GitHub repository/).fill("octo-e2e/atlas-web");
  await section.getByRole("button", { name: "Save GitHub settings" }).click();
  await expect(section.getByText("GitHub webhook settings saved.")).toBeVisible();

  const ping = structuredClone(
    examples.find((entry) => entry.name === "ping")?.examples[0],
  ) as unknown as {
    repository: Record<string, unknown>;
  };
  ping.repository = { ...ping.repository, full_name: "octo-e2e/atlas-web" };
  const body = JSON.stringify(ping);
  const answer = await page.request.post("/api/webhooks/github", {
    headers: {
      "content-type": "application/json",
      "x-github-event": "ping",
      "x-github-delivery": "e2e-ping-1",
      "x-hub-signature-256": await sign(secret, body),
    },
    data: body,
  });
  expect(answer.status()).toBe(200);
  expect(await answer.json()).toMatchObject({ pong: true });

  await page.reload();
  const row = page.getByTestId("webhook-delivery").filter({ hasText: "e2e-ping-1" });
  await expect(row).toContainText("ignored");
  await expect(row).toContainText("ping: the webhook is set up.");
  await row.getByRole("button", { name: "Replay" }).click();
  await expect(row.getByText(/^Replayed: ignored\./)).toBeVisible();

  const stranger = JSON.stringify({
    ...ping,
    repository: { ...ping.repository, full_name: "octo-e2e/nobody-has-this" },
  });
  const unknown = await page.request.post("/api/webhooks/github", {
    headers: {
      "content-type": "application/json",
      "x-github-event": "ping",
      "x-github-delivery": "e2e-unknown-1",
      "x-hub-signature-256": await sign(secret, stranger),
    },
    data: stranger,
  });
  expect(unknown.status()).toBe(404);
  await section.getByRole("link", { name: "on their own page" }).click();
  await expect(page.getByRole("heading", { name: "Unmatched webhook deliveries" })).toBeVisible();
  await expect(
    page.getByTestId("webhook-delivery").filter({ hasText: "e2e-unknown-1" }),
  ).toContainText("No registered project has the repository octo-e2e/nobody-has-this.");
});
