import { expect, test } from "@playwright/test";

test("a person creates an API token in Settings, sees it once, uses it, and revokes it", async ({
  page,
  playwright,
}, testInfo) => {
  const name = `e2e script ${testInfo.project.name} ${Date.now()}`;
  await page.goto("/settings");
  await page.getByRole("link", { name: /API tokens/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API tokens");

  const form = page.getByRole("form", { name: "Create API token" });
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByText("Name the token (what will use it).")).toBeVisible();

  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Role").selectOption("operator");
  await form.getByLabel("Expires").selectOption("7");
  await form.getByRole("button", { name: "Create token" }).click();

  const shown = page.getByTestId("new-api-token");
  await expect(shown).toContainText("copy it now, it is not shown again");
  const token = (await shown.getByTestId("new-api-token-value").textContent())?.trim() ?? "";
  expect(token).toMatch(/^mc_[A-Za-z0-9_-]{43}$/);
  await expect(shown.getByRole("button", { name: "Copy token" })).toBeVisible();

  const row = page
    .getByRole("table", { name: "Your tokens" })
    .getByTestId("api-token-row")
    .filter({ hasText: name });
  await expect(row).toContainText("operator");
  await expect(row).toContainText("active");
  await expect(row.getByTestId("api-token-last-used")).toHaveText("never");

  // A script with the token and no cookie reads the status API.
  const script = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  const headers = { authorization: `Bearer ${token}` };
  const ok = await script.get("/api/v1/status", { headers });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toHaveProperty("needsYou");

  // Shown once: after a reload the token is nowhere on the page, and its last use is.
  await page.reload();
  await expect(page.getByTestId("new-api-token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);
  await expect(row.getByTestId("api-token-last-used")).toContainText("UTC");
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(row).toContainText("revoked");
  await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);

  const refused = await script.get("/api/v1/status", { headers });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: "This API token is unknown, expired or revoked." });
  await script.dispose();

  // Creating, the first use and revoking are each in the audit log, naming the token, never it.
  await page.goto("/audit");
  const entries = page.getByRole("listitem").filter({ hasText: name });
  await expect(entries.filter({ hasText: "api_token.revoked" })).toHaveCount(1);
  await expect(entries.filter({ hasText: "api_token.created" })).toHaveCount(1);
  await expect(
    page.getByRole("listitem").filter({ hasText: "api_token.used" }).first(),
  ).toBeVisible();
  expect(await page.content()).not.toContain(token);
});
