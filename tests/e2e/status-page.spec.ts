// Runs on the phone project (see playwright.config.ts): the status page and the installable app.
import { expect, type Page, test } from "@playwright/test";
import { expectNoHorizontalScroll } from "@/tests/e2e/support/no-horizontal-scroll";
import { signedOutPage } from "@/tests/e2e/support/page-as";
import { startDemoMission } from "@/tests/e2e/support/start-demo-mission";

type Manifest = {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
};

async function cachedUrls(page: Page) {
  return page.evaluate(async () => {
    const names = await caches.keys();
    const urls: string[] = [];
    for (const name of names)
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls.map((url) => new URL(url).pathname);
  });
}

test("the status page installs: a valid manifest, its icons, and a service worker that caches no data", async ({
  page,
  browser,
}, testInfo) => {
  await page.goto("/status");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Status");
  await expectNoHorizontalScroll(page);

  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute(
    "href",
    "/icons/apple-touch-icon.png",
  );

  // The manifest and icons are static: a browser that has not signed in gets them too.
  const outside = await signedOutPage(browser, testInfo);
  const response = await outside.request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  const manifest = JSON.parse(await response.text()) as Manifest;
  expect(manifest).toMatchObject({
    name: "Mission Control",
    start_url: "/status",
    display: "standalone",
  });
  expect(manifest.short_name.length).toBeGreaterThan(0);
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? "any"}`);
  expect(sizes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
  for (const icon of [...manifest.icons.map((i) => i.src), "/icons/apple-touch-icon.png"]) {
    const image = await outside.request.get(icon);
    expect(image.status(), icon).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    const bytes = await image.body();
    expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
    const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    const expected = icon.includes("apple")
      ? "180x180"
      : icon.includes("192")
        ? "192x192"
        : "512x512";
    expect(`${width}x${height}`).toBe(expected);
  }
  expect((await outside.request.get("/sw.js")).status()).toBe(200);
  await outside.context().close();

  const scriptUrl = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.scriptURL ?? null;
  });
  expect(scriptUrl).toMatch(/\/sw\.js$/);

  // The shell is cached (icons, manifest, the page's build files); data and pages never are.
  await expect
    .poll(async () => (await cachedUrls(page)).some((p) => p.startsWith("/_next/static/")), {
      timeout: 30_000,
    })
    .toBe(true);
  await page.reload();
  await expect(page.getByTestId("status-needs-you")).toBeVisible();
  await page.waitForResponse((r) => r.url().includes("/api/v1/status"), { timeout: 30_000 });
  const cached = await cachedUrls(page);
  expect(cached).toContain("/manifest.webmanifest");
  expect(cached).toContain("/icons/icon-192.png");
  for (const path of cached)
    expect(path, `${path} is shell, not data`).toMatch(
      /^\/(_next\/static\/|icons\/|manifest\.webmanifest$)/,
    );
});

test("a pending approval of the demo mission is under Needs you; tapping it opens the mission to approve", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await startDemoMission(page);
  const missionPath = new URL(page.url()).pathname;

  await page.goto("/status");
  const running = page.getByTestId("status-running").getByTestId("status-mission");
  await expect(running.locator(`a[href="${missionPath}"]`)).toBeVisible({ timeout: 60_000 });

  // The page polls the status API: the approval appears without a reload.
  const approval = page
    .getByTestId("status-approval")
    .filter({ has: page.locator(`a[href="${missionPath}"]`) });
  await expect(approval).toContainText("Push green", { timeout: 240_000 });
  await expect(approval).toContainText("times out in");
  await expectNoHorizontalScroll(page);
  await expect(
    page.getByTestId("status-failed").getByTestId("status-failure").first(),
  ).toBeVisible();

  await approval.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${missionPath}$`));
  await page.getByTestId("pending-approval").getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("mission-status")).toHaveText(/succeeded/i, { timeout: 90_000 });

  await page.goto("/status");
  await expect(
    page.locator(`[data-testid="status-approval"] a[href="${missionPath}"]`),
  ).toHaveCount(0);
  await expectNoHorizontalScroll(page);
});
