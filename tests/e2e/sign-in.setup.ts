// Signs each role in once through the login form and saves the browser state the specs start from.
import { expect, test as setup } from "@playwright/test";
import { authStatePath } from "@/tests/e2e/support/auth-state";
import { E2E_ADMIN, E2E_OPERATOR, E2E_VIEWER } from "@/tests/e2e/support/e2e-constants";
import { pageAs } from "@/tests/e2e/support/page-as";
import { signIn } from "@/tests/e2e/support/sign-in";

setup("the admin signs in", async ({ page }) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.context().storageState({ path: authStatePath("admin") });
});

for (const user of [E2E_OPERATOR, E2E_VIEWER]) {
  setup(`the admin adds the ${user.role}, who signs in`, async ({ page, browser }, testInfo) => {
    const admin = await pageAs(browser, testInfo, "admin");
    await admin.goto("/settings/users");
    const form = admin.getByRole("form", { name: "Add user" });
    await form.getByLabel("Email").fill(user.email);
    await form.getByLabel("Name").fill(user.name);
    await form.getByLabel("Password").fill(user.password);
    await form.getByLabel("Role").selectOption(user.role);
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(form.getByRole("status")).toHaveText(`Added ${user.email} as ${user.role}.`);
    await admin.context().close();

    await signIn(page, user.email, user.password);
    await page.context().storageState({ path: authStatePath(user.role) });
  });
}
