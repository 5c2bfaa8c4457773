import { createHash, randomBytes } from "node:crypto";
import { NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { withActor } from "@/lib/api/with-actor";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/authorize";
import { getDb } from "@/lib/db";
import { UserInputError } from "@/lib/errors/user-input-error";
import { changeUserRole } from "@/lib/services/users/change-user-role";
import { createUser } from "@/lib/services/users/create-user";
import { ensureInitialAdmin } from "@/lib/services/users/ensure-initial-admin";
import { verifyCredentials } from "@/lib/services/users/verify-credentials";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

setUpMigratedDatabase("roles");

const asActor = (user: { id: string; email: string; role: string }): Actor => ({
  userId: user.id,
  email: user.email,
  name: "Test",
  role: user.role as Actor["role"],
  via: "session",
});

async function issueToken(userId: string) {
  const token = randomBytes(24).toString("base64url");
  await getDb().apiToken.create({
    data: { userId, name: "test", tokenHash: createHash("sha256").update(token).digest("hex") },
  });
  return token;
}

describe("users and roles", () => {
  it("creates the first admin once, with a generated password that signs in", async () => {
    const first = await ensureInitialAdmin({});
    expect(first).toMatchObject({ created: true, email: "admin@mission-control.local" });
    const password = first.created ? first.generatedPassword : undefined;
    expect(password?.length).toBeGreaterThanOrEqual(16);
    expect(
      await ensureInitialAdmin({ email: "other@example.com", password: "another-password" }),
    ).toEqual({ created: false });

    expect(
      await verifyCredentials("admin@mission-control.local", password as string),
    ).toMatchObject({ role: "admin" });
    expect(await verifyCredentials("admin@mission-control.local", "wrong-password")).toBeNull();
    expect(await verifyCredentials("nobody@example.com", password as string)).toBeNull();
  });

  it("lets only admins add users and change roles, and audits who did it", async () => {
    const admin = asActor(await getDb().user.findFirstOrThrow({ where: { role: "admin" } }));
    const viewer = await createUser(admin, {
      email: "viewer@example.com",
      name: "Vi",
      password: "viewer-password",
      role: "viewer",
    });
    const operator = await createUser(admin, {
      email: "operator@example.com",
      name: "Op",
      password: "operator-password",
      role: "operator",
    });

    const newUser = {
      email: "x@example.com",
      name: "X",
      password: "x-password-long",
      role: "admin" as const,
    };
    await expect(createUser(asActor(viewer), newUser)).rejects.toThrow(ForbiddenError);
    await expect(createUser(asActor(operator), newUser)).rejects.toThrow(ForbiddenError);
    await expect(changeUserRole(asActor(operator), viewer.id, "admin")).rejects.toThrow(
      ForbiddenError,
    );
    expect(await getDb().user.count({ where: { email: "x@example.com" } })).toBe(0);

    await expect(createUser(admin, { ...newUser, email: "viewer@example.com" })).rejects.toThrow(
      UserInputError,
    );

    await changeUserRole(admin, viewer.id, "operator");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: viewer.id } })).role).toBe(
      "operator",
    );
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { operation: "change_user_role", targetId: viewer.id },
    });
    expect(audit).toMatchObject({
      userId: admin.userId,
      details: { from: "viewer", to: "operator" },
    });
  });

  it("never demotes the last admin", async () => {
    const admin = asActor(await getDb().user.findFirstOrThrow({ where: { role: "admin" } }));
    await expect(changeUserRole(admin, admin.userId, "viewer")).rejects.toThrow(
      "Keep at least one admin.",
    );
    expect((await getDb().user.findUniqueOrThrow({ where: { id: admin.userId } })).role).toBe(
      "admin",
    );
  });

  it("checks API tokens and roles on API routes, and answers bad input with 4xx JSON", async () => {
    const route = withActor(
      { role: "operator", body: z.object({ title: z.string().min(1) }) },
      async ({ actor, body }) => NextResponse.json({ by: actor.email, title: body.title }),
    );
    const call = (token: string, body: unknown) =>
      route(
        new Request("http://127.0.0.1/api/test", {
          method: "POST",
          headers: { authorization: `Bearer ${token}` },
          body: JSON.stringify(body),
        }),
      );

    const operator = await getDb().user.findUniqueOrThrow({
      where: { email: "operator@example.com" },
    });
    const viewer = await createUser(
      asActor(await getDb().user.findFirstOrThrow({ where: { role: "admin" } })),
      {
        email: "reader@example.com",
        name: "Reader",
        password: "reader-password",
        role: "viewer",
      },
    );

    const unknown = await call("not-a-token", { title: "x" });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual({
      error: "This API token is unknown, expired or revoked.",
    });

    const forbidden = await call(await issueToken(viewer.id), { title: "x" });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({ error: "This needs the operator role." });

    const operatorToken = await issueToken(operator.id);
    const invalid = await call(operatorToken, { title: "" });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({
      error: "Invalid request body.",
      issues: [{ path: "title" }],
    });

    const ok = await call(operatorToken, { title: "hello" });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ by: "operator@example.com", title: "hello" });

    await getDb().apiToken.updateMany({
      where: { userId: operator.id },
      data: { revokedAt: new Date() },
    });
    expect((await call(operatorToken, { title: "hello" })).status).toBe(401);
  });
});
