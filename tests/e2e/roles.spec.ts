import { expect, test } from "@playwright/test";
import { signedOutPage } from "@/tests/e2e/support/page-as";
import { signIn } from "@/tests/e2e/support/sign-in";

test("an admin adds a viewer, who can read but cannot reach the users page", async ({
  page,
  browser,
}, testInfo) => {
  const viewer = {
    email: `viewer-${testInfo.project.name}@e2e.test`,
    password: "viewer-password-123",
  };
  await page.goto("/settings/users");
  await expect(page.getByRole("heading", { name: "Users and roles" })).toBeVisible();

  const form = page.getByRole("form", { name: "Add user" });
  await form.getByLabel("Email").fill(viewer.email);
  await form.getByLabel("Name").fill("<b>Vi</b> Ewer");
  await form.getByLabel("Password").fill("short");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByText("Use at least 12 characters.")).toBeVisible();

  await form.getByLabel("Password").fill(viewer.password);
  await form.getByLabel("Role").selectOption("viewer");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("status")).toHaveText(`Added ${viewer.email} as viewer.`);
  const row = page.getByTestId("user-row").filter({ hasText: viewer.email });
  // Markup in a name is shown as text, never rendered.
  await expect(row.getByText("<b>Vi</b> Ewer")).toBeVisible();

  // The new viewer signs in through the form: signing in with a role is what this spec is about.
  const viewerPage = await signedOutPage(browser, testInfo);
  await signIn(viewerPage, viewer.email, viewer.password);
  await viewerPage.goto("/settings");
  await expect(viewerPage.getByText("Only admins manage users.")).toBeVisible();
  const response = await viewerPage.goto("/settings/users");
  expect(response?.status()).toBe(403);
  await expect(viewerPage.getByRole("heading", { name: "Not allowed" })).toBeVisible();

  // Viewers read feedback but cannot add to it.
  await viewerPage.goto("/feedback");
  await expect(viewerPage.getByTestId("feedback-item").first()).toBeVisible();
  await expect(viewerPage.getByRole("link", { name: "New feedback" })).toHaveCount(0);
  expect((await viewerPage.goto("/feedback/new"))?.status()).toBe(403);
  await viewerPage.context().close();
});
