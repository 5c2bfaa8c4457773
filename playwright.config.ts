import { defineConfig, devices } from "@playwright/test";
import { authStatePath } from "./tests/e2e/support/auth-state";
import { E2E_BASE_URL } from "./tests/e2e/support/e2e-constants";

// Debian's Chromium: Playwright cannot download its own browsers on these machines.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
  ],
};

const desktop = { ...devices["Desktop Chrome"], launchOptions };
const phone = { ...devices["iPhone 13"], browserName: "chromium" as const, launchOptions };

export default defineConfig({
  testDir: "tests/e2e",
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Its own folder: Playwright empties outputDir at start, and test-results/ holds other reports.
  outputDir: "test-results/playwright-artifacts",
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: { baseURL: E2E_BASE_URL, trace: "retain-on-failure", launchOptions },
  // Each role signs in once, then the demo counts are checked before other specs change data.
  projects: [
    { name: "sign-in", testMatch: "sign-in.setup.ts", use: desktop },
    {
      name: "demo-counts",
      testMatch: "demo-counts.spec.ts",
      dependencies: ["sign-in"],
      use: { ...desktop, storageState: authStatePath("admin") },
    },
    {
      name: "desktop",
      testIgnore: [
        "demo-counts.spec.ts",
        "phone-layout.spec.ts",
        "status-page.spec.ts",
        "phone-approval.spec.ts",
      ],
      dependencies: ["demo-counts"],
      use: { ...desktop, storageState: authStatePath("admin") },
    },
    // Only what is about reading on a phone: the layout at 390 px and the mission's status page.
    {
      name: "phone",
      testMatch: [
        "phone-layout.spec.ts",
        "demo-mission.spec.ts",
        "status-page.spec.ts",
        "phone-approval.spec.ts",
      ],
      dependencies: ["demo-counts"],
      use: { ...phone, storageState: authStatePath("admin") },
    },
  ],
  webServer: {
    command: "node --conditions=react-server --import tsx tests/e2e/support/e2e-server.ts",
    url: `${E2E_BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
