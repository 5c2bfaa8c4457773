import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { runMigrations } from "@/lib/runtime/migrate";
import { compareShapes } from "@/scripts/schema-check/compare-shapes";
import { describeDatabase } from "@/scripts/schema-check/describe-database";
import {
  describePrismaSchema,
  readPrismaSchemaFiles,
} from "@/scripts/schema-check/describe-prisma-schema";
import { createTestDatabase, runSql } from "@/tests/support/test-postgres";

const SCHEMAS = ["claude_family", "claude_pm", "claude_mission_control"];

describe("schema.prisma and the SQL migrations", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"), "schema");
    await runMigrations(database.url);
  });
  afterAll(() => database.drop());

  it("agree on every table, column, type, nullability, default and index", async () => {
    const expected = describePrismaSchema(
      await readPrismaSchemaFiles(path.resolve("prisma/schema")),
    );
    expect(Object.keys(expected)).toHaveLength(33);
    expect(compareShapes(expected, await describeDatabase(database.url, SCHEMAS))).toEqual([]);
  });

  it("disagree, and say where, once the database drifts from the schema", async () => {
    await runSql(database.url, "ALTER TABLE claude_mission_control.users ADD COLUMN nickname TEXT");
    const expected = describePrismaSchema(
      await readPrismaSchemaFiles(path.resolve("prisma/schema")),
    );
    expect(compareShapes(expected, await describeDatabase(database.url, SCHEMAS))).toEqual([
      "claude_mission_control.users.nickname: column is in the migrations but not in schema.prisma",
    ]);
  });
});
