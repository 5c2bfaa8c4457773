import { mkdir, mkdtemp, realpath } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { upsertSetting } from "@/lib/data/settings/upsert-setting";
import { getDb } from "@/lib/db";
import { UserInputError } from "@/lib/errors/user-input-error";
import { saveProject } from "@/lib/services/projects/save-project";
import { createUser } from "@/lib/services/users/create-user";
import { createTestActor } from "@/tests/support/create-test-actor";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

setUpMigratedDatabase("concurrent_duplicates");
let admin: Actor;
let root: string;

beforeAll(async () => {
  admin = await createTestActor("admin");
  root = await realpath(await mkdtemp(path.join(tmpdir(), "mc-duplicates-")));
  await upsertSetting("projects.allowed_roots", [root]);
});

/** Both calls at once: one must win, the other must be told why, as a form error. */
async function race<T>(make: () => Promise<T>, message: string) {
  const outcomes = await Promise.allSettled([make(), make()]);
  expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
  const [lost] = outcomes.flatMap((outcome) =>
    outcome.status === "rejected" ? [outcome.reason] : [],
  );
  expect(lost).toBeInstanceOf(UserInputError);
  expect((lost as Error).message).toBe(message);
}

// Several rounds, so that at least one pair passes the "already taken?" look before either writes.
const ROUNDS = 5;

describe("two creates of the same thing at once", () => {
  it("creates the user once and tells the other admin the email already exists", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const email = `twin-${round}@example.com`;
      await race(
        () =>
          createUser(admin, { email, name: "Twin", password: "twin-password-1", role: "viewer" }),
        "A user with this email already exists.",
      );
      expect(await getDb().user.count({ where: { email } })).toBe(1);
    }
    expect(await getDb().auditLog.count({ where: { operation: "create_user" } })).toBe(ROUNDS);
  });

  it("registers the project once and tells the other operator the name is taken", async () => {
    const operator = await createTestActor("operator");
    for (let round = 0; round < ROUNDS; round++) {
      const name = `twin-project-${round}`;
      const folder = path.join(root, name);
      await mkdir(folder);
      await race(
        () => saveProject(operator, { name, path: folder, type: null, description: null }),
        "Another project has this name.",
      );
      expect(await getDb().projectWorkspace.count({ where: { name } })).toBe(1);
    }
    expect(await getDb().auditLog.count({ where: { operation: "create_project" } })).toBe(ROUNDS);
  });
});
