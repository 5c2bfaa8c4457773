import type { Browser, TestInfo } from "@playwright/test";
import { authStatePath, type E2ERole, SIGNED_OUT } from "@/tests/e2e/support/auth-state";

/** A page in a second browser context of this project, signed in as `role`; close its context. */
export async function pageAs(browser: Browser, testInfo: TestInfo, role: E2ERole) {
  const context = await browser.newContext({
    ...testInfo.project.use,
    storageState: authStatePath(role),
  });
  return context.newPage();
}

/** A page in a second browser context of this project that has not signed in. */
export async function signedOutPage(browser: Browser, testInfo: TestInfo) {
  const context = await browser.newContext({
    ...testInfo.project.use,
    storageState: SIGNED_OUT,
  });
  return context.newPage();
}
