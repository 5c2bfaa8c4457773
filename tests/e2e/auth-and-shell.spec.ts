import { expect, test } from "@playwright/test";
import { SIGNED_OUT } from "@/tests/e2e/support/auth-state";
import { E2E_ADMIN } from "@/tests/e2e/support/e2e-constants";
import { AREAS, openNavigation } from "@/tests/e2e/support/navigation";
import { expectNoHorizontalScroll } from "@/tests/e2e/support/no-horizontal-scroll";
import { signIn } from "@/tests/e2e/support/sign-in";

test.describe("signed out", () => {
  test.use({ storageState: SIGNED_OUT });

  test("an unauthenticated visit goes to the sign-in page and comes back after signing in", async ({
    page,
  }) => {
    await page.goto("/sessions");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsessions$/);
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/sessions$/);
    await expect(page.getByRole("heading", { name: "Sessions" })).toBeVisible();
  });

  test("an unauthenticated API call gets 401 JSON, and health needs no session", async ({
    request,
  }) => {
    const denied = await request.get("/api/anything");
    expect(denied.status()).toBe(401);
    expect(await denied.json()).toEqual({ error: "Sign in or send an API token." });
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", db: "ok" });
  });

  test("a wrong password shows an error and does not sign in", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "Wrong email or password." }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });

  test("signed in, the shell reaches every area and signs out", async ({ page }) => {
    await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
    await expectNoHorizontalScroll(page);

    for (const [label, path] of AREAS) {
      const nav = await openNavigation(page);
      await nav.getByRole("link", { name: label, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path === "/" ? "/$" : `${path}$`}`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(label);
      await expectNoHorizontalScroll(page);
    }

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/login/);
  });
});

test("the theme switches between light and dark", async ({ page }) => {
  await page.goto("/");
  const html = page.locator("html");
  const wasDark = ((await html.getAttribute("class")) ?? "").includes("dark");
  await page.getByRole("button", { name: /Switch to (dark|light) theme/ }).click();
  await expect(html).toHaveClass(wasDark ? /^(?!.*\bdark\b)/ : /\bdark\b/);
});
