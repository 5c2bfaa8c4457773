import { expect, type Page, test } from "@playwright/test";
import { SIGNED_OUT } from "@/tests/e2e/support/auth-state";
import { E2E_ADMIN, E2E_BASE_URL } from "@/tests/e2e/support/e2e-constants";
import { signedOutPage } from "@/tests/e2e/support/page-as";
import { signIn } from "@/tests/e2e/support/sign-in";

const SECURITY_HEADERS = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

function expectSecurityHeaders(what: string, headers: Record<string, string>) {
  expect(headers, what).toMatchObject(SECURITY_HEADERS);
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"], what).toContain("default-src 'self'");
}

async function addUser(page: Page, email: string, password: string) {
  await page.goto("/settings/users");
  const form = page.getByRole("form", { name: "Add user" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill("Session tester");
  await form.getByLabel("Password").fill(password);
  await form.getByLabel("Role").selectOption("viewer");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("status")).toHaveText(`Added ${email} as viewer.`);
}

test.describe("signed out", () => {
  test.use({ storageState: SIGNED_OUT });

  test("pages, API answers, redirects and static files carry the security headers", async ({
    request,
  }) => {
    const answers = {
      "the sign-in page": await request.get("/login"),
      "an API answer": await request.get("/api/health"),
      "the proxy's 401": await request.get("/api/anything"),
      "the proxy's redirect": await request.get("/sessions", { maxRedirects: 0 }),
      "a static file": await request.get("/manifest.webmanifest"),
    };
    expect(answers["the proxy's 401"].status()).toBe(401);
    expect(answers["the proxy's redirect"].status()).toBe(307);
    for (const [what, answer] of Object.entries(answers))
      expectSecurityHeaders(what, answer.headers());
  });

  test("the sign-in redirect stays on this site whatever X-Forwarded-Host says", async ({
    request,
  }) => {
    const answer = await request.get("/sessions?tab=all", {
      maxRedirects: 0,
      headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
    });
    expect(answer.status()).toBe(307);
    expect(answer.headers().location).toBe("/login?callbackUrl=%2Fsessions%3Ftab%3Dall");
  });

  test("the image optimizer answers a 4xx for a file path", async ({ request }) => {
    const answer = await request.get("/_next/image?url=%2Fetc%2Fpasswd&w=64&q=75");
    expect(answer.status()).toBeGreaterThanOrEqual(400);
    expect(answer.status()).toBeLessThan(500);
  });

  for (const callbackUrl of ["/\t/evil.example", "/.//evil.example", "/\r\nx: y"]) {
    test(`signing in with callbackUrl ${JSON.stringify(callbackUrl)} lands on the overview`, async ({
      page,
    }) => {
      await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await page.getByLabel("Email").fill(E2E_ADMIN.email);
      await page.getByLabel("Password").fill(E2E_ADMIN.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
      expect(page.url()).toBe(`${E2E_BASE_URL}/`);
    });
  }

  test("a run of wrong passwords is told to wait", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/login");
    const email = `nobody-${test.info().project.name}@e2e.test`;
    const alert = page.locator("form [role=alert]");
    // Five free failures, then waits of 1, 2, 4, 8 s: a slow machine may outlast the first ones.
    for (let i = 0; i < 12; i++) {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(`guess-${i}`);
      await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login")),
        page.getByRole("button", { name: "Sign in" }).click(),
      ]);
      if (/Too many attempts/.test((await alert.textContent()) ?? "")) break;
    }
    await expect(alert).toHaveText(/^Too many attempts; try again in \d+ seconds?\.$/);
    await expect(page).toHaveURL(/\/login/);
  });
});

test("a session cookie kept from before sign-out no longer signs anyone in", async ({
  page,
  browser,
}, testInfo) => {
  const person = {
    email: `signout-${testInfo.project.name}@e2e.test`,
    password: "sign-out-test-pw",
  };
  await addUser(page, person.email, person.password);
  const browserPage = await signedOutPage(browser, testInfo);
  await signIn(browserPage, person.email, person.password);
  const captured = await browserPage.context().cookies();
  await browserPage.getByRole("button", { name: "Sign out" }).click();
  await expect(browserPage).toHaveURL(/\/login/);

  const thief = await signedOutPage(browser, testInfo);
  await thief.context().addCookies(captured);
  await thief.goto("/settings");
  await expect(thief).toHaveURL(/\/login/);
  expect((await thief.request.get("/api/v1/status")).status()).toBe(401);
  await browserPage.context().close();
  await thief.context().close();
});

test("sign out everywhere ends the person's session on every browser", async ({
  page,
  browser,
}, testInfo) => {
  const person = {
    email: `everywhere-${testInfo.project.name}@e2e.test`,
    password: "everywhere-pw-1",
  };
  await addUser(page, person.email, person.password);
  const laptop = await signedOutPage(browser, testInfo);
  const phone = await signedOutPage(browser, testInfo);
  await signIn(laptop, person.email, person.password);
  await signIn(phone, person.email, person.password);

  await laptop.goto("/settings");
  await laptop.getByRole("link", { name: /API tokens/ }).click();
  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop).toHaveURL(/\/login/);
  await phone.goto("/settings");
  await expect(phone).toHaveURL(/\/login/);

  await signIn(phone, person.email, person.password);
  await laptop.context().close();
  await phone.context().close();
});
