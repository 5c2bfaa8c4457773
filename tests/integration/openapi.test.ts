import { compileErrors, validate } from "@readme/openapi-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { createApiToken } from "@/lib/services/api-tokens/create-api-token";
import { type ShippedRoute, shippedApiRoutes } from "@/tests/support/api-v1-routes";
import { createTestActor } from "@/tests/support/create-test-actor";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

setUpMigratedDatabase("openapi");

type Document = {
  openapi: string;
  paths: Record<string, Record<string, { requestBody?: unknown; parameters?: unknown[] }>>;
};

let document: Document;
let routes: ShippedRoute[];

beforeAll(async () => {
  const viewer = await createTestActor("viewer");
  const { token } = await createApiToken(viewer, {
    name: "docs",
    role: "viewer",
    expiresInDays: "never",
  });
  const response = await getOpenApi(
    new Request("http://127.0.0.1:3000/api/v1/openapi.json", {
      headers: { authorization: `Bearer ${token}` },
    }),
  );
  expect(response.status).toBe(200);
  document = await response.json();
  routes = await shippedApiRoutes();
});

describe("GET /api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    expect(document.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("describes every method of every /api/v1 route file, and nothing that is not there", () => {
    const shipped = routes
      .flatMap((route) => Object.keys(route.handlers).map((m) => `${m} ${route.path}`))
      .sort();
    const documented = Object.entries(document.paths)
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((m) => `${m.toUpperCase()} ${path}`),
      )
      .sort();
    expect(shipped).toContain("GET /api/v1/missions/{id}");
    expect(shipped).toContain("POST /api/v1/approvals/{id}");
    expect(documented).toEqual(shipped);
  });

  it("documents bodies and query parameters from the routes' own schemas", () => {
    const start = document.paths["/api/v1/missions"].post.requestBody as {
      content: { "application/json": { schema: { required: string[]; properties: object } } };
    };
    expect(start.content["application/json"].schema.required).toEqual(["projectId", "objective"]);
    const search = document.paths["/api/v1/knowledge"].get.parameters as { name: string }[];
    expect(search.map((p) => p.name)).toContain("q");
  });

  it("is refused without a session or token", async () => {
    const response = await getOpenApi(
      new Request("http://127.0.0.1:3000/api/v1/openapi.json", {
        headers: { authorization: "Bearer mc_not-a-token" },
      }),
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: expect.any(String) });
  });
});
