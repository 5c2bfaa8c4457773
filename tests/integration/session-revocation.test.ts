import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { inTransaction } from "@/lib/data/transaction";
import { updatePasswordHash } from "@/lib/data/users/update-password-hash";
import { getDb } from "@/lib/db";
import { signOutEverywhere } from "@/lib/services/users/sign-out-everywhere";
import { authClient } from "@/tests/support/auth-client";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

process.env.AUTH_SECRET = randomBytes(32).toString("base64url");
setUpMigratedDatabase("revoke");
const PASSWORD = "the-right-password";

let server: { url: string; close: () => Promise<void> };
let auth: ReturnType<typeof authClient>;
beforeAll(async () => {
  const { serveAuthRoutes } = await import("@/tests/support/serve-auth-routes");
  server = await serveAuthRoutes();
  auth = authClient(server.url);
});
afterAll(() => server?.close());

let users = 0;
async function newUser(): Promise<Actor> {
  const email = `person-${++users}@example.com`;
  const user = await getDb().user.create({
    data: { email, name: "Person", passwordHash: await hashPassword(PASSWORD), role: "viewer" },
  });
  return { userId: user.id, email, name: user.name, role: "viewer", via: "session" };
}

async function signIn(email: string) {
  const answer = await auth.signIn(email, PASSWORD, { address: `192.0.2.${users}` });
  if (!answer.session) throw new Error(`${email} did not sign in (${answer.status}).`);
  return answer.session;
}

describe("ending sessions", () => {
  it("refuses a session cookie captured before sign-out, and its refreshed copies", async () => {
    const person = await newUser();
    const captured = await signIn(person.email);
    const seen = await auth.session(captured);
    expect(seen.email).toBe(person.email);
    expect(seen.refreshed).toBeDefined();

    const out = await auth.signOut(captured);
    expect(out).toMatchObject({ status: 302, location: "/" });

    expect((await auth.session(captured)).email).toBeNull();
    expect((await auth.session(seen.refreshed as string)).email).toBeNull();
  });

  it("keeps the person's other sessions when one signs out", async () => {
    const person = await newUser();
    const laptop = await signIn(person.email);
    const phone = await signIn(person.email);
    await auth.signOut(laptop);
    expect((await auth.session(laptop)).email).toBeNull();
    expect((await auth.session(phone)).email).toBe(person.email);
  });

  it("ends every session of the person on sign out everywhere, audited, and no one else's", async () => {
    const person = await newUser();
    const other = await newUser();
    const laptop = await signIn(person.email);
    const phone = await signIn(person.email);
    const others = await signIn(other.email);

    await signOutEverywhere(person);

    expect((await auth.session(laptop)).email).toBeNull();
    expect((await auth.session(phone)).email).toBeNull();
    expect((await auth.session(others)).email).toBe(other.email);
    expect(
      await getDb().auditLog.count({
        where: { operation: "user.signed_out_everywhere", userId: person.userId },
      }),
    ).toBe(1);
    const again = await signIn(person.email);
    expect((await auth.session(again)).email).toBe(person.email);
  });

  it("ends every session of a person whose password is changed", async () => {
    const person = await newUser();
    const session = await signIn(person.email);
    const passwordHash = await hashPassword("a-new-password");
    await inTransaction((tx) => updatePasswordHash(tx, person.userId, passwordHash));
    expect((await auth.session(session)).email).toBeNull();
  });

  it("ends the sessions of a user who is removed", async () => {
    const person = await newUser();
    const session = await signIn(person.email);
    await getDb().user.delete({ where: { id: person.userId } });
    expect((await auth.session(session)).email).toBeNull();
  });
});
