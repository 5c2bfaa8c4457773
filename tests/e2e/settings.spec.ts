import { expect, type Page, test } from "@playwright/test";
import { authStatePath } from "@/tests/e2e/support/auth-state";
import { expectNoHorizontalScroll } from "@/tests/e2e/support/no-horizontal-scroll";

const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("an admin edits agent profiles, mission defaults and raw settings, with clear errors", async ({
  page,
}, testInfo) => {
  const profileId = `e2e-${testInfo.project.name}`;
  await page.goto("/settings");
  await expect(page.getByRole("link", { name: /Users and roles/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Runs/ })).toBeVisible();

  const profiles = region(page, "Agent profiles");
  await expect(profiles).toContainText("the scripted agent is the default");
  await expect(profiles.getByLabel("Default profile")).toHaveValue("scripted");

  await profiles.getByText("Add a profile").click();
  const add = page.getByRole("form", { name: "Add agent profile" });
  await add.getByLabel(/^Id/).fill("scripted");
  await add.getByLabel("Name").fill("E2E <b>agent</b>");
  await add.getByLabel("Kind").selectOption("generic");
  await add.getByRole("button", { name: "Add profile" }).click();
  await expect(add.getByText("A claude-code or generic profile needs a command.")).toBeVisible();
  await add.getByLabel(/^Command/).fill("e2e-agent");
  await add.getByLabel(/^Environment/).fill("E2E_TOKEN=not-shown");
  await add.getByRole("button", { name: "Add profile" }).click();
  await expect(add.getByText("A profile with the id “scripted” exists already.")).toBeVisible();
  await expect(add.getByLabel("Name")).toHaveValue("E2E <b>agent</b>");
  await add.getByLabel(/^Id/).fill(profileId);
  await add.getByRole("button", { name: "Add profile" }).click();
  await expect(add.getByRole("status")).toHaveText(`Added ${profileId}.`);

  const item = profiles.getByTestId("agent-profile").filter({ hasText: profileId });
  // Markup is shown as text; environment values are never shown.
  await expect(item.getByText("E2E <b>agent</b>")).toBeVisible();
  await expect(item).toContainText("E2E_TOKEN");
  await expect(item.locator("dl")).not.toContainText("not-shown");

  await item.getByText("Edit profile").click();
  const edit = page.getByRole("form", { name: `Edit profile ${profileId}` });
  await edit.getByLabel("Timeout (seconds)").fill("3");
  await edit.getByRole("button", { name: "Save profile" }).click();
  await expect(edit.getByText("Use at least 5 seconds.")).toBeVisible();
  await edit.getByLabel("Timeout (seconds)").fill("120");
  await edit.getByLabel(/^Arguments/).fill("--quiet\n{prompt}");
  await edit.getByRole("button", { name: "Save profile" }).click();
  await expect(edit.getByRole("status")).toHaveText("Saved.");
  await expect(item).toContainText("timeout 120 s");
  await expect(item.locator("code", { hasText: "--quiet" })).toBeVisible();

  const scripted = profiles.getByTestId("agent-profile").filter({ hasText: "Scripted demo agent" });
  await scripted.getByText("Delete…").click();
  await scripted.getByRole("button", { name: "Delete profile" }).click();
  await expect(scripted.getByRole("alert")).toHaveText(
    "“scripted” is the default profile: choose another default before deleting it.",
  );
  await item.getByText("Delete…").click();
  await item.getByRole("button", { name: "Delete profile" }).click();
  await expect(item).toHaveCount(0);

  const missions = page.getByRole("form", { name: "Mission defaults" });
  await missions.getByLabel(/^Workers/).fill("0");
  await missions.getByLabel(/^Budget/).fill("lots");
  await missions.getByRole("button", { name: "Save mission defaults" }).click();
  await expect(missions.getByText("Use 1 to 32 workers.")).toBeVisible();
  await expect(missions.getByText("Enter an amount in US dollars.")).toBeVisible();
  await missions.getByLabel(/^Workers/).fill("4");
  await missions.getByLabel(/^Budget/).fill("25.5");
  await missions.getByLabel("Approval").selectOption("large-merges");
  await missions.getByRole("button", { name: "Save mission defaults" }).click();
  await expect(missions.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(missions.getByLabel(/^Workers/)).toHaveValue("4");
  await expect(missions.getByLabel(/^Budget/)).toHaveValue("25.5");
  await expect(missions.getByLabel("Approval")).toHaveValue("large-merges");
  // Back to the defaults, which other specs may rely on.
  await missions.getByLabel(/^Workers/).fill("2");
  await missions.getByLabel(/^Budget/).fill("");
  await missions.getByLabel("Approval").selectOption("always");
  await missions.getByRole("button", { name: "Save mission defaults" }).click();
  await expect(missions.getByRole("status")).toHaveText("Saved.");

  const timeout = page.getByRole("form", { name: "Approval timeout" });
  await expect(timeout.getByLabel(/^Approval timeout/)).toHaveValue("1440");
  await timeout.getByLabel(/^Approval timeout/).fill("-5");
  await timeout.getByRole("button", { name: "Save timeout" }).click();
  await expect(timeout.getByText("Use 1 to 43200 minutes.")).toBeVisible();

  const dataDir = (await page.getByTestId("data-dir").textContent())?.trim() ?? "";
  const roots = page.getByRole("form", { name: "Project roots" });
  const rootsField = roots.getByLabel(/^Allowed project roots/);
  await expect(rootsField).toHaveValue(new RegExp(`^${escapeRegExp(dataDir)}/projects$`, "m"));
  await rootsField.fill(`${await rootsField.inputValue()}\nrelative/folder`);
  await roots.getByRole("button", { name: "Save project roots" }).click();
  await expect(
    roots.getByText("“relative/folder”: Use an absolute path (starting with /)."),
  ).toBeVisible();
  await expect(rootsField).toHaveValue(/relative\/folder/);
  await page.reload();
  await expect(rootsField).not.toHaveValue(/relative/);

  const key = `e2e.${testInfo.project.name}.note`;
  const others = region(page, "Other settings (raw JSON)");
  await others.getByText("Add a setting").click();
  const addSetting = page.getByRole("form", { name: "Add a setting" });
  await addSetting.getByLabel(/^Key/).fill(key);
  await addSetting.getByLabel("Value (JSON)").fill('{"html": "<b>bold</b>"');
  await addSetting.getByRole("button", { name: "Add setting" }).click();
  await expect(addSetting.getByText(/^This is not valid JSON/)).toBeVisible();
  await addSetting.getByLabel("Value (JSON)").fill('{"html": "<b>bold</b>"}');
  await addSetting.getByRole("button", { name: "Add setting" }).click();
  await expect(addSetting.getByRole("status")).toHaveText(`Added ${key}.`);

  const setting = others.getByTestId("raw-setting").filter({ hasText: key });
  await expect(setting.locator("pre")).toHaveText('{\n  "html": "<b>bold</b>"\n}');
  await setting.getByText("Edit value").click();
  const editSetting = page.getByRole("form", { name: `Edit setting ${key}` });
  await editSetting.getByLabel("Value (JSON)").fill("[1, 2");
  await editSetting.getByRole("button", { name: "Save setting" }).click();
  await expect(editSetting.getByText(/^This is not valid JSON/)).toBeVisible();
  await editSetting.getByLabel("Value (JSON)").fill('[1, "two"]');
  await editSetting.getByRole("button", { name: "Save setting" }).click();
  await expect(editSetting.getByRole("status")).toHaveText("Saved.");
  await expect(setting.locator("pre")).toHaveText('[\n  1,\n  "two"\n]');

  await expectNoHorizontalScroll(page);
});

test.describe("as an operator", () => {
  test.use({ storageState: authStatePath("operator") });

  test("an operator reads every setting but gets no forms", async ({ page }) => {
    await page.goto("/settings");
    await expect(page.getByText("Only admins change these settings")).toBeVisible();
    const profiles = region(page, "Agent profiles");
    await expect(profiles.getByTestId("agent-profile").first()).toBeVisible();
    await expect(profiles).toContainText("Default profile: Scripted demo agent (scripted)");
    await expect(region(page, "Mission defaults")).toContainText("Approval timeout1440 minutes");
    await expect(region(page, "Projects").getByRole("listitem").first()).toBeVisible();
    await expect(page.getByTestId("data-dir")).not.toBeEmpty();
    await expect(region(page, "Sandbox").getByTestId("sandbox-status")).toHaveText(
      /^On: \/.*bwrap\.$/,
    );
    const channels = region(page, "Notification channels");
    await expect(channels).toBeVisible();
    await expect(channels.getByRole("link", { name: /Manage channels/ })).toHaveCount(0);
    await expect(region(page, "Other settings (raw JSON)")).toBeVisible();
    await expect(page.locator("main form")).toHaveCount(0);
    await expect(page.locator("main details")).toHaveCount(0);
    await expectNoHorizontalScroll(page);
  });
});
