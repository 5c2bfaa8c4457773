import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

test("the JSON API docs page lists every operation, and links the OpenAPI document", async ({
  page,
}) => {
  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("JSON API");
  const approve = page.locator('[id="POST-/api/v1/approvals/{id}"]');
  await expect(approve).toContainText("Approves or rejects a pending approval");
  await expect(approve).toContainText("operator");
  await approve.getByText("Example body").click();
  await expect(approve).toContainText('"decision": "approved"');
  await expect(page.locator('[id="GET-/api/v1/knowledge"]')).toContainText("q (query");
  await expect(page.getByText("npx mc status")).toBeVisible();

  const response = await page.request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toContain("/api/v1/missions/{id}/cancel");
});

test("mc logs in to the running app with a token made in Settings and reads it", async ({
  page,
}, testInfo) => {
  await page.goto("/settings/tokens");
  const form = page.getByRole("form", { name: "Create API token" });
  await form.getByLabel("Name").fill(`mc ${testInfo.project.name} ${Date.now()}`);
  await form.getByLabel("Role").selectOption("operator");
  await form.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-api-token-value").textContent())?.trim() ?? "";
  expect(token).toMatch(/^mc_/);

  const baseURL = String(testInfo.project.use.baseURL);
  const configHome = await mkdtemp(path.join(tmpdir(), "mc-e2e-config-"));
  const mc = (...args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ["scripts/mc/main.mjs", ...args],
        { env: { ...process.env, XDG_CONFIG_HOME: configHome }, timeout: 60_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  const login = await mc("login", baseURL, "--token", token);
  expect(login.stderr).toBe("");
  expect(login.code).toBe(0);
  const status = await mc("status");
  expect(status.code).toBe(0);
  expect(status.stdout).toContain("Needs you");
  const missions = await mc("missions", "--json");
  expect(missions.code).toBe(0);
  expect(JSON.parse(missions.stdout)).toMatchObject({ page: 1, items: expect.any(Array) });
  const unknown = await mc("cancel", "3f1c2a4e-8b7d-4c6e-9a1f-2b3c4d5e6f70");
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toContain("Unknown mission.");
  const refused = await mc("login", baseURL, "--token", "mc_wrong");
  expect(refused.code).toBe(3);
});
