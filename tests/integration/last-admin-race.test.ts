import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { UserInputError } from "@/lib/errors/user-input-error";
import { changeUserRole } from "@/lib/services/users/change-user-role";
import { createTestActor } from "@/tests/support/create-test-actor";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

setUpMigratedDatabase("last_admin_race");
let ada: Actor;
let bob: Actor;

beforeAll(async () => {
  ada = await createTestActor("admin", "ada@example.com");
  bob = await createTestActor("admin", "bob@example.com");
});

const admins = async () =>
  (await getDb().user.findMany({ where: { role: "admin" }, select: { email: true } })).map(
    (user) => user.email,
  );

describe("two admins demoting each other at once", () => {
  it("demotes one, refuses the other, and leaves an admin", async () => {
    // Several rounds, so that the two changes overlap in at least one.
    for (let round = 0; round < 5; round++) {
      await getDb().user.updateMany({ data: { role: "admin" } });
      const outcomes = await Promise.allSettled([
        changeUserRole(ada, bob.userId, "operator"),
        changeUserRole(bob, ada.userId, "viewer"),
      ]);
      expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
      const [refused] = outcomes.flatMap((outcome) =>
        outcome.status === "rejected" ? [outcome.reason] : [],
      );
      expect(refused).toBeInstanceOf(UserInputError);
      expect((refused as Error).message).toBe("Keep at least one admin.");
      expect(await admins()).toHaveLength(1);
    }
    expect(await getDb().auditLog.count({ where: { operation: "change_user_role" } })).toBe(5);
  });
});
