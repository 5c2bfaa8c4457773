import { afterAll, beforeAll, inject } from "vitest";
import { connectDb, disconnectDb } from "@/lib/db";
import { runMigrations } from "@/lib/runtime/migrate";
import { createTestDatabase } from "@/tests/support/test-postgres";

/** A fresh, migrated database for one test file, wired to the app's Prisma client. */
export function setUpMigratedDatabase(label: string) {
  const state = { url: "" };
  let drop = async () => {};
  beforeAll(async () => {
    const database = await createTestDatabase(inject("postgresAdminUrl"), label);
    drop = database.drop;
    state.url = database.url;
    await runMigrations(database.url);
    await connectDb(database.url);
  });
  afterAll(async () => {
    await disconnectDb();
    await drop();
  });
  return state;
}
