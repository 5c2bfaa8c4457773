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
