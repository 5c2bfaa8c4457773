import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as startMission } from "@/app/api/v1/missions/route";
import { GET as getStatus } from "@/app/api/v1/status/route";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { UserInputError } from "@/lib/errors/user-input-error";
import { createApiToken } from "@/lib/services/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/services/api-tokens/revoke-api-token";
import { changeUserRole } from "@/lib/services/users/change-user-role";
import { createTestActor } from "@/tests/support/create-test-actor";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

setUpMigratedDatabase("api_tokens");

let admin: Actor;
let operator: Actor;
let viewer: Actor;
let projectId: string;

beforeAll(async () => {
  admin = await createTestActor("admin", "admin@example.com");
  operator = await createTestActor("operator", "op@example.com");
  viewer = await createTestActor("viewer", "viewer@example.com");
  const project = await getDb().projectWorkspace.create({
    data: { name: "tokens-project", path: "/tmp/tokens-project" },
  });
  projectId = project.id;
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const statusWith = (token: string) =>
  getStatus(
    new Request("http://127.0.0.1/api/v1/status", {
      headers: { authorization: `Bearer ${token}` },
    }),
  );

const startMissionWith = (token: string, body: object) =>
  startMission(
    new Request("http://127.0.0.1/api/v1/missions", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

const tokenRow = (id: string) => getDb().apiToken.findUniqueOrThrow({ where: { id } });

describe("API tokens", () => {
  it("creating one stores only its sha256 and returns the token this once", async () => {
    const created = await createApiToken(operator, {
      name: "ci status check",
      role: "viewer",
      expiresInDays: "30",
    });
    expect(created.token).toMatch(/^mc_[A-Za-z0-9_-]{43}$/);
    const row = await tokenRow(created.id);
    expect(row.tokenHash).toBe(sha256(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(row.role).toBe("viewer");
    expect(row.expiresAt?.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
    const audit = await getDb().auditLog.findMany({
      where: { operation: "api_token.created", targetId: created.id },
    });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0].details)).not.toContain(created.token);
    expect(audit[0].userId).toBe(operator.userId);
  });

  it("refuses a role above the user's own", async () => {
    await expect(
      createApiToken(viewer, { name: "too strong", role: "operator", expiresInDays: "never" }),
    ).rejects.toThrow(UserInputError);
    expect(await getDb().apiToken.count({ where: { name: "too strong" } })).toBe(0);
  });

  it("a token reads /api/v1/status, records its last use, and audits use once an hour", async () => {
    const { id, token } = await createApiToken(viewer, {
      name: "phone widget",
      role: "viewer",
      expiresInDays: "never",
    });
    expect((await tokenRow(id)).lastUsedAt).toBeNull();
    const response = await statusWith(token);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ needsYou: [], running: [], runner: { mode: expect.any(String) } });
    const firstUse = (await tokenRow(id)).lastUsedAt;
    expect(firstUse).not.toBeNull();

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await statusWith(token)).status).toBe(200);
    const secondUse = (await tokenRow(id)).lastUsedAt;
    expect(secondUse?.getTime()).toBeGreaterThan(firstUse?.getTime() ?? 0);
    const uses = await getDb().auditLog.findMany({
      where: { operation: "api_token.used", targetId: id },
    });
    expect(uses).toHaveLength(1);
    expect(uses[0].userId).toBe(viewer.userId);
  });

  it("a revoked token is refused with a 401 JSON body", async () => {
    const { id, token } = await createApiToken(operator, {
      name: "to revoke",
      role: "operator",
      expiresInDays: "7",
    });
    expect((await statusWith(token)).status).toBe(200);
    await revokeApiToken(operator, id);
    const response = await statusWith(token);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: "This API token is unknown, expired or revoked.",
    });
    expect(
      await getDb().auditLog.count({ where: { operation: "api_token.revoked", targetId: id } }),
    ).toBe(1);
  });

  it("an expired token is refused with a 401 JSON body", async () => {
    const { id, token } = await createApiToken(operator, {
      name: "short lived",
      role: "viewer",
      expiresInDays: "1",
    });
    await getDb().apiToken.update({
      where: { id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const response = await statusWith(token);
    expect(response.status).toBe(401);
    expect((await response.json()).error).toMatch(/expired/);
    expect((await tokenRow(id)).lastUsedAt).toBeNull();
  });

  it("an unknown token is refused, even one shaped like a real one", async () => {
    const response = await statusWith(`mc_${"x".repeat(43)}`);
    expect(response.status).toBe(401);
  });

  it("a viewer token cannot start a mission (403); an operator token does (201)", async () => {
    const viewerToken = await createApiToken(operator, {
      name: "viewer of operator",
      role: "viewer",
      expiresInDays: "never",
    });
    const refused = await startMissionWith(viewerToken.token, {
      projectId,
      objective: "Must not start",
    });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatch(/operator/);
    expect(await getDb().mission.count({ where: { objective: "Must not start" } })).toBe(0);

    const operatorToken = await createApiToken(operator, {
      name: "operator script",
      role: "operator",
      expiresInDays: "never",
    });
    const started = await startMissionWith(operatorToken.token, {
      projectId,
      objective: "Started by a script",
      workers: 2,
    });
    expect(started.status).toBe(201);
    const { id } = await started.json();
    const mission = await getDb().mission.findUniqueOrThrow({ where: { id } });
    expect(mission).toMatchObject({
      objective: "Started by a script",
      status: "queued",
      workers: 2,
      createdByUserId: operator.userId,
    });

    const bad = await startMissionWith(operatorToken.token, {
      projectId,
      objective: "x",
      workers: 99,
    });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ field: "workers" });
  });

  it("a token never acts above its user's current role: demoted, an operator token acts as viewer", async () => {
    const user = await createTestActor("operator", "demoted@example.com");
    const { token } = await createApiToken(user, {
      name: "before demotion",
      role: "operator",
      expiresInDays: "never",
    });
    await changeUserRole(admin, user.userId, "viewer");
    expect((await statusWith(token)).status).toBe(200);
    const refused = await startMissionWith(token, { projectId, objective: "After demotion" });
    expect(refused.status).toBe(403);
    expect(await getDb().mission.count({ where: { objective: "After demotion" } })).toBe(0);
  });

  it("only the owner or an admin revokes a token", async () => {
    const { id } = await createApiToken(operator, {
      name: "someone else's",
      role: "viewer",
      expiresInDays: "never",
    });
    await expect(revokeApiToken(viewer, id)).rejects.toThrow("Unknown token.");
    expect((await tokenRow(id)).revokedAt).toBeNull();
    await revokeApiToken(admin, id);
    expect((await tokenRow(id)).revokedAt).not.toBeNull();
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { operation: "api_token.revoked", targetId: id },
    });
    expect(audit.userId).toBe(admin.userId);
  });
});
