import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createApiToken } from "@/lib/services/api-tokens/create-api-token";
import { createTestActor } from "@/tests/support/create-test-actor";
import { serveApiV1 } from "@/tests/support/serve-api-v1";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

setUpMigratedDatabase("api_bad_input");

let server: Awaited<ReturnType<typeof serveApiV1>>;
let token: string;
let projectId: string;

beforeAll(async () => {
  const operator = await createTestActor("operator");
  ({ token } = await createApiToken(operator, {
    name: "bad input",
    role: "operator",
    expiresInDays: "never",
  }));
  ({ id: projectId } = await getDb().projectWorkspace.create({
    data: { name: "bad-input", path: "/srv/bad-input" },
  }));
  server = await serveApiV1();
});
afterAll(() => server?.close());

const post = (path: string, body: string) =>
  fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body,
  });
const rows = async () => ({
  feedback: await getDb().projectFeedback.count(),
  audit: await getDb().auditLog.count(),
});
const feedback = (title: string, description = "") =>
  JSON.stringify({ projectId, type: "bug", title, description, priority: 3 });

describe("the JSON API refuses bad input with a 4xx and writes nothing", () => {
  it("the same feedback without the bad input is filed", async () => {
    expect((await post("/api/v1/feedback", feedback("Crash on save"))).status).toBe(201);
  });

  it("a NUL character anywhere in the body is a 400 naming the field", async () => {
    const before = await rows();
    const answer = await post("/api/v1/feedback", feedback("Crash on a\u0000b"));
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({
      issues: [{ path: "title", message: expect.stringContaining("NUL") }],
    });
    expect(await rows()).toEqual(before);
  });

  it("a body over 1 MiB is a 413", async () => {
    const before = await rows();
    const answer = await post("/api/v1/feedback", feedback("Big", "x".repeat(1024 * 1024 + 1)));
    expect(answer.status).toBe(413);
    expect(await rows()).toEqual(before);
  });

  it("a path id that is not a UUID is a 404 on every route that takes one", async () => {
    for (const path of [
      "/api/v1/approvals/not-a-uuid",
      "/api/v1/missions/not-a-uuid/cancel",
      "/api/v1/feedback/%00/comments",
    ]) {
      const answer = await post(path, JSON.stringify({ decision: "approved", text: "x" }));
      expect(answer.status, path).toBe(404);
    }
  });

  it("a NUL character in a query string is a 400", async () => {
    const answer = await fetch(`${server.url}/api/v1/sessions?project=a%00b`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(answer.status).toBe(400);
  });
});
