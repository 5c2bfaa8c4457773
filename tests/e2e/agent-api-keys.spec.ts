import { expect, type Page, test } from "@playwright/test";
import { pageAs } from "@/tests/e2e/support/page-as";

const KEY = "sk-ant-api03-e2e~Never-Shown-Again-7Qx";
const claudeItem = (page: Page) =>
  page
    .getByRole("region", { name: "Agent profiles", exact: true })
    .getByTestId("agent-profile")
    .filter({ hasText: "Claude Code" });

test("an admin sets the Claude Code profile's model, base URL and key; the key is never shown back", async ({
  page,
  browser,
}, testInfo) => {
  await page.goto("/settings");
  const item = claudeItem(page);
  await expect(item).toContainText("installed 2.1.328");
  await expect(item.getByTestId("api-key-state")).toHaveText("no key");

  await item.getByText("Edit profile").click();
  const form = page.getByRole("form", { name: "Edit profile claude-code" });
  // Only installed CLIs are offered (all three are, here), besides generic and scripted.
  await expect(form.getByLabel("Kind").locator("option")).toHaveText([
    "claude-code",
    "codex",
    "gemini",
    "generic",
    "scripted",
  ]);
  // A real CLI's profile takes a model, a base URL and a key; Mission Control writes its flags.
  await expect(form.getByLabel(/^Arguments/)).toHaveCount(0);
  await form.getByLabel(/^Model/).fill("claude-sonnet-4-5");
  await form.getByLabel(/^API base URL/).fill("llm.example.test/no-scheme");
  await form.getByLabel(/^API key/).fill(KEY);
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByText("Enter an http(s) URL, or leave it empty.")).toBeVisible();
  // A refused form keeps what was typed, except the key, which is not sent back.
  await expect(form.getByLabel(/^Model/)).toHaveValue("claude-sonnet-4-5");
  await expect(form.getByLabel(/^API key/)).toHaveValue("");
  expect(await page.content()).not.toContain(KEY);
  await expect(item.getByTestId("api-key-state")).toHaveText("no key");

  await form.getByLabel(/^API base URL/).fill("https://llm.example.test/anthropic");
  await form.getByLabel(/^API key/).fill(KEY);
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
  await expect(item.getByTestId("api-key-state")).toHaveText("key set");
  await expect(item).toContainText("claude-sonnet-4-5");
  await expect(item).toContainText("https://llm.example.test/anthropic");
  await expect(form.getByLabel(/^API key/)).toHaveValue("");
  await expect(form.getByTestId("api-key-status")).toContainText("A key is set.");
  expect(await page.content()).not.toContain(KEY);

  await page.reload();
  await expect(claudeItem(page).getByTestId("api-key-state")).toHaveText("key set");
  expect(await page.content()).not.toContain(KEY);

  // A viewer reads that a key is set, and nothing of it.
  const viewer = await pageAs(browser, testInfo, "viewer");
  await viewer.goto("/settings");
  await expect(claudeItem(viewer).getByTestId("api-key-state")).toHaveText("key set");
  await expect(claudeItem(viewer).getByText("Edit profile")).toHaveCount(0);
  expect(await viewer.content()).not.toContain(KEY);
  await viewer.context().close();

  // Saving with the key left empty keeps it; "remove" takes it away. Back to the defaults after.
  const again = claudeItem(page);
  await again.getByText("Edit profile").click();
  const edit = page.getByRole("form", { name: "Edit profile claude-code" });
  await edit.getByLabel(/^Model/).fill("");
  await edit.getByLabel(/^API base URL/).fill("");
  await edit.getByRole("button", { name: "Save profile" }).click();
  await expect(edit.getByRole("status")).toHaveText("Saved.");
  await expect(again.getByTestId("api-key-state")).toHaveText("key set");
  await expect(again).toContainText("the CLI's default");
  await edit.getByLabel("Remove the stored key").check();
  await edit.getByRole("button", { name: "Save profile" }).click();
  await expect(again.getByTestId("api-key-state")).toHaveText("no key");
  await expect(edit.getByLabel("Remove the stored key")).toHaveCount(0);
  expect(await page.content()).not.toContain(KEY);
});
