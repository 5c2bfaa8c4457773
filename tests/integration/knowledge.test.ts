import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/authorize";
import { findKnowledge } from "@/lib/data/knowledge/find-knowledge";
import { listKnowledgeCategories } from "@/lib/data/knowledge/list-knowledge-categories";
import { searchKnowledge } from "@/lib/data/knowledge/search-knowledge";
import { connectDb, getDb } from "@/lib/db";
import { UserInputError } from "@/lib/errors/user-input-error";
import { runMigrations } from "@/lib/runtime/migrate";
import { applyKnowledge } from "@/lib/services/knowledge/apply-knowledge";
import { createKnowledge } from "@/lib/services/knowledge/create-knowledge";
import { updateKnowledge } from "@/lib/services/knowledge/update-knowledge";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import {
  type KnowledgeInput,
  knowledgeInputSchema,
  parseKnowledgeFilters,
} from "@/lib/validation/knowledge";
import { compareShapes } from "@/scripts/schema-check/compare-shapes";
import { describeDatabase } from "@/scripts/schema-check/describe-database";
import {
  describePrismaSchema,
  readPrismaSchemaFiles,
} from "@/scripts/schema-check/describe-prisma-schema";
import { createTestActor } from "@/tests/support/create-test-actor";
import { createTestDatabase, runSql } from "@/tests/support/test-postgres";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("knowledge");
const MISSING_ID = "00000000-0000-4000-8000-000000000000";
let operator: Actor;
let viewer: Actor;
let identityId: string;

const filters = (input: Record<string, string> = {}) => parseKnowledgeFilters(input).filters;
const titles = async (input: Record<string, string> = {}) =>
  (await searchKnowledge(filters(input))).items.map((item) => item.title);
const input = (values: Partial<Record<keyof KnowledgeInput, string>> = {}) =>
  knowledgeInputSchema.parse({
    title: "A title",
    description: "A description",
    type: "pattern",
    category: "testing",
    confidence: "5",
    createdByIdentityId: identityId,
    ...values,
  });
const auditOf = (targetId: string) =>
  getDb().auditLog.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  operator = await createTestActor("operator", "op@example.com");
  viewer = await createTestActor("viewer", "viewer@example.com");
  identityId = (
    await getDb().identity.create({
      data: { name: "claude-code-unified", platform: "console", roleDescription: "agent" },
    })
  ).id;
  // Rows as agents insert them: plain SQL, their own timestamps, no search column named.
  await runSql(
    database.url,
    `INSERT INTO claude_family.shared_knowledge
       (title, description, knowledge_type, knowledge_category, confidence_level, times_applied, created_by_identity_id, last_updated_at)
     VALUES
       ('Size the connection pool', 'Keep it small: twice the cores.', 'best-practice', 'database', 8, 3, $1, now() - interval '3 days'),
       ('Database tips', 'Reuse one connection pool per process.', 'technique', 'database', 6, 0, $1, now() - interval '1 day'),
       ('Debounce resize handlers', 'Resize fires many times per second.', 'pattern', 'frontend', 7, 1, NULL, now() - interval '2 days'),
       ('MCP servers crash on stdout logs', 'Log to stderr; stdout carries the protocol.', 'gotcha', 'mcp', 9, 5, $1, now())`,
    [identityId],
  );
});

describe("knowledge search", () => {
  it("lists newest updated first without a query", async () => {
    expect(await titles()).toEqual([
      "MCP servers crash on stdout logs",
      "Database tips",
      "Debounce resize handlers",
      "Size the connection pool",
    ]);
    const [first] = (await searchKnowledge(filters())).items;
    expect(first).toMatchObject({
      knowledge_type: "gotcha",
      knowledge_category: "mcp",
      confidence_level: 9,
      times_applied: 5,
      created_by: "claude-code-unified",
    });
  });

  it("ranks a title hit above a description-only hit, whatever their age, and stems words", async () => {
    expect(await titles({ q: "connection pool" })).toEqual([
      "Size the connection pool",
      "Database tips",
    ]);
    expect(await titles({ q: "pools" })).toEqual(["Size the connection pool", "Database tips"]);
    expect(await titles({ q: "stdout" })).toEqual(["MCP servers crash on stdout logs"]);
  });

  it("accepts web-search syntax and any text a person types, as data", async () => {
    expect(await titles({ q: '"connection pool" -cores' })).toEqual(["Database tips"]);
    expect(await titles({ q: "resize OR stderr" })).toHaveLength(2);
    for (const q of [
      "'; DROP TABLE claude_family.shared_knowledge; --",
      "<script>alert(1)</script>",
      "the",
      "!!! & | ( ) : * \\",
    ]) {
      expect((await searchKnowledge(filters({ q }))).total).toBe(0);
    }
    expect(await getDb().sharedKnowledge.count()).toBeGreaterThanOrEqual(4);
  });

  it("filters by type and category, alone and with a query, and offers the categories in use", async () => {
    expect(await titles({ type: "gotcha" })).toEqual(["MCP servers crash on stdout logs"]);
    expect(await titles({ category: "database" })).toEqual([
      "Database tips",
      "Size the connection pool",
    ]);
    expect(await titles({ q: "connection", type: "technique" })).toEqual(["Database tips"]);
    expect(await titles({ q: "connection", category: "frontend" })).toEqual([]);
    expect(await listKnowledgeCategories()).toEqual(["database", "frontend", "mcp"]);
  });

  it("drops a malformed filter with a message for its field and keeps the others", () => {
    expect(parseKnowledgeFilters({ q: "pool", type: "rant", page: "0" })).toEqual({
      filters: { q: "pool", page: 1 },
      errors: {
        type: "Choose pattern, technique, gotcha or best practice.",
        page: "The page is a whole number from 1.",
      },
    });
    expect(parseKnowledgeFilters({ q: "x".repeat(201), category: ["a", "b"] }).errors).toEqual({
      q: "Use at most 200 characters.",
      category: "Give one value.",
    });
    expect(parseKnowledgeFilters({ q: "a\u0000b" }).errors.q).toBe("Remove the NUL character.");
  });

  it("pages on the server, with totals, for both orders", async () => {
    await runSql(
      database.url,
      `INSERT INTO claude_family.shared_knowledge (title, description, knowledge_type, knowledge_category, last_updated_at)
       SELECT 'Bulk lesson ' || n, 'Retry with backoff, attempt ' || n, 'technique', 'bulk', now() - n * interval '1 hour'
         FROM generate_series(1, 60) n`,
    );
    const first = await searchKnowledge(filters({ category: "bulk" }));
    expect(first).toMatchObject({ total: 60, pageCount: 3, page: 1 });
    expect(first.items.map((item) => item.title).slice(0, 2)).toEqual([
      "Bulk lesson 1",
      "Bulk lesson 2",
    ]);
    const last = await searchKnowledge(filters({ category: "bulk", page: "3" }));
    expect(last.items.map((item) => item.title)).toHaveLength(10);
    expect(last.items.at(-1)?.title).toBe("Bulk lesson 60");

    const pages = await Promise.all(
      ["1", "2", "3"].map((page) => searchKnowledge(filters({ q: "backoff", page }))),
    );
    expect(pages[0]).toMatchObject({ total: 60, pageCount: 3 });
    expect(new Set(pages.flatMap((p) => p.items.map((item) => item.knowledge_id))).size).toBe(60);
    expect((await searchKnowledge(filters({ q: "backoff", page: "4" }))).items).toEqual([]);
  });
});

describe("knowledge changes", () => {
  it("creates as an operator, keeps markup and SQL as text, finds it at once, and audits", async () => {
    const created = await createKnowledge(
      operator,
      input({
        title: "<img src=x onerror=alert(1)> escaping",
        description: "Robert'); DROP TABLE claude_family.shared_knowledge; -- and a \\ backslash",
        type: "gotcha",
        category: "security",
        confidence: "9",
      }),
    );
    expect(await findKnowledge(created.id)).toMatchObject({
      title: "<img src=x onerror=alert(1)> escaping",
      description: "Robert'); DROP TABLE claude_family.shared_knowledge; -- and a \\ backslash",
      knowledgeType: "gotcha",
      knowledgeCategory: "security",
      confidenceLevel: 9,
      timesApplied: 0,
      createdBy: { name: "claude-code-unified" },
    });
    expect(await titles({ q: "escaping" })).toEqual(["<img src=x onerror=alert(1)> escaping"]);
    const audit = await auditOf(created.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      operation: "create_knowledge",
      targetType: "knowledge",
      userId: operator.userId,
      identityId,
      details: {
        title: "<img src=x onerror=alert(1)> escaping",
        type: "gotcha",
        category: "security",
        confidence: 9,
        createdBy: "claude-code-unified",
      },
    });
  });

  it("edits, re-indexing the text for search, and audits what changed", async () => {
    const { id } = await createKnowledge(operator, input({ title: "Cache busting" }));
    await updateKnowledge(
      operator,
      id,
      input({ title: "Cache invalidation", confidence: "7", createdByIdentityId: "" }),
    );
    expect(await findKnowledge(id)).toMatchObject({
      title: "Cache invalidation",
      confidenceLevel: 7,
      createdByIdentityId: null,
    });
    expect(await titles({ q: "invalidation" })).toEqual(["Cache invalidation"]);
    expect(await titles({ q: "busting" })).toEqual([]);
    const [, update] = await auditOf(id);
    expect(update).toMatchObject({
      operation: "update_knowledge",
      targetType: "knowledge",
      userId: operator.userId,
      identityId: null,
      details: {
        title: "Cache invalidation",
        changed: {
          title: { from: "Cache busting", to: "Cache invalidation" },
          confidence: { from: 5, to: 7 },
          createdByIdentityId: { from: identityId, to: null },
        },
      },
    });
  });

  it("marks applied atomically, even many times at once, bumping the update time, and audits each", async () => {
    const { id } = await createKnowledge(operator, input({ title: "Applied often" }));
    await runSql(
      database.url,
      "UPDATE claude_family.shared_knowledge SET last_updated_at = now() - interval '10 days' WHERE knowledge_id = $1",
      [id],
    );
    expect(await applyKnowledge(operator, id)).toBe(1);
    await Promise.all(Array.from({ length: 5 }, () => applyKnowledge(operator, id)));
    const entry = await findKnowledge(id);
    expect(entry?.timesApplied).toBe(6);
    expect(Math.abs((entry?.lastUpdatedAt?.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
    expect((await titles()).at(0)).toBe("Applied often");
    const applies = (await auditOf(id)).filter((row) => row.operation === "apply_knowledge");
    expect(applies).toHaveLength(6);
    expect(
      applies.map((row) => (row.details as { timesApplied: number }).timesApplied).sort(),
    ).toEqual([1, 2, 3, 4, 5, 6]);
    expect(applies[0]).toMatchObject({ targetType: "knowledge", userId: operator.userId });
  });

  it("counts an agent's NULL times_applied as zero", async () => {
    const { rows } = await runSql(
      database.url,
      `INSERT INTO claude_family.shared_knowledge (title, description, knowledge_type, knowledge_category, times_applied)
       VALUES ('Never counted', 'x', 'pattern', 'misc', NULL) RETURNING knowledge_id`,
    );
    expect(await applyKnowledge(operator, rows[0].knowledge_id)).toBe(1);
  });

  it("refuses viewers every change, storing nothing", async () => {
    const { id } = await createKnowledge(operator, input({ title: "Viewer target" }));
    const before = await getDb().sharedKnowledge.count();
    const audits = await getDb().auditLog.count();
    await expect(createKnowledge(viewer, input())).rejects.toThrow(ForbiddenError);
    await expect(updateKnowledge(viewer, id, input({ title: "Changed" }))).rejects.toThrow(
      ForbiddenError,
    );
    await expect(applyKnowledge(viewer, id)).rejects.toThrow(ForbiddenError);
    expect(await getDb().sharedKnowledge.count()).toBe(before);
    expect(await getDb().auditLog.count()).toBe(audits);
    expect(await findKnowledge(id)).toMatchObject({ title: "Viewer target", timesApplied: 0 });
  });

  it("says which field is wrong, and stores nothing for bad input, unknown identities or entries", async () => {
    const rejected = knowledgeInputSchema.safeParse({
      title: "   ",
      description: "x".repeat(10_001),
      type: "anti-pattern",
      category: "",
      confidence: "11",
      createdByIdentityId: "claude-code-unified",
    });
    expect(rejected.success ? {} : fieldErrorsOf(rejected.error.issues)).toEqual({
      title: "Enter a title.",
      description: "Use at most 10,000 characters.",
      type: "Choose pattern, technique, gotcha or best practice.",
      category: "Enter a category.",
      confidence: "Confidence is a whole number from 1 to 10.",
      createdByIdentityId: "Choose a known identity.",
    });
    for (const confidence of ["0", "2.5", "ten", ""])
      expect(knowledgeInputSchema.safeParse({ ...input(), confidence }).success).toBe(false);
    expect(
      knowledgeInputSchema.safeParse({ ...input(), title: "x".repeat(201) }).error?.issues[0]
        ?.message,
    ).toBe("Use at most 200 characters.");

    const { id } = await createKnowledge(operator, input({ title: "Stays as it is" }));
    const before = await getDb().sharedKnowledge.count();
    const audits = await getDb().auditLog.count();
    const unknownIdentity = input({ createdByIdentityId: MISSING_ID });
    await expect(createKnowledge(operator, unknownIdentity)).rejects.toThrow(
      new UserInputError("Unknown identity.", "createdByIdentityId"),
    );
    await expect(updateKnowledge(operator, id, unknownIdentity)).rejects.toThrow(
      "Unknown identity.",
    );
    await expect(updateKnowledge(operator, MISSING_ID, input())).rejects.toThrow(
      "Unknown knowledge entry.",
    );
    await expect(applyKnowledge(operator, MISSING_ID)).rejects.toThrow("Unknown knowledge entry.");
    expect(await getDb().sharedKnowledge.count()).toBe(before);
    expect(await getDb().auditLog.count()).toBe(audits);
    expect(await findKnowledge(id)).toMatchObject({ title: "Stays as it is" });
  });
});

describe("the knowledge search migration", () => {
  it("adopts an agents' table with rows, keeps them, makes them searchable, and the check sees its index", async () => {
    const adopted = await createTestDatabase(inject("postgresAdminUrl"), "knowledge_adopt");
    try {
      await runSql(
        adopted.url,
        `CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
         CREATE SCHEMA claude_family;
         CREATE TABLE claude_family.identities (
           identity_id UUID PRIMARY KEY DEFAULT uuid_generate_v4(), identity_name VARCHAR UNIQUE NOT NULL,
           platform VARCHAR NOT NULL, role_description TEXT NOT NULL);
         CREATE TABLE claude_family.shared_knowledge (
           knowledge_id UUID PRIMARY KEY DEFAULT uuid_generate_v4(), title VARCHAR NOT NULL,
           description TEXT, knowledge_type VARCHAR NOT NULL, knowledge_category VARCHAR NOT NULL,
           confidence_level INTEGER DEFAULT 5, times_applied INTEGER DEFAULT 0);
         INSERT INTO claude_family.shared_knowledge (title, description, knowledge_type, knowledge_category, times_applied)
           VALUES ('It''s an agent''s lesson about migrations', NULL, 'gotcha', 'database', 4),
                  ('Quote identifiers', 'Use format(''%I'') for names.', 'technique', 'database', 2);`,
      );
      await runMigrations(adopted.url);
      await runSql(
        adopted.url,
        `INSERT INTO claude_family.shared_knowledge (title, description, knowledge_type, knowledge_category)
         VALUES ('Written after adoption', 'Agents keep inserting with plain SQL.', 'pattern', 'agents')`,
      );
      await connectDb(adopted.url);
      expect(await getDb().sharedKnowledge.count()).toBe(3);
      expect(
        (await searchKnowledge(filters({ q: "migrations" }))).items.map((item) => [
          item.title,
          item.times_applied,
        ]),
      ).toEqual([["It's an agent's lesson about migrations", 4]]);
      expect(await titles({ q: "identifiers" })).toEqual(["Quote identifiers"]);
      expect(await titles({ q: "plain SQL" })).toEqual(["Written after adoption"]);

      const table = "claude_family.shared_knowledge";
      const expected = describePrismaSchema(
        await readPrismaSchemaFiles(path.resolve("prisma/schema")),
      );
      expect(expected[table]?.columns.search_vector).toEqual({
        type: "tsvector",
        nullable: true,
        hasDefault: false,
      });
      expect(expected[table]?.indexes).toContain("idx_shared_knowledge_search (gin)");
      const onlyKnowledge = async () => ({
        [table]: (await describeDatabase(adopted.url, ["claude_family"]))[table] ?? {
          columns: {},
          indexes: [],
        },
      });
      // The hand-made table lacks columns the app adds elsewhere; only the search parts matter here.
      const searchProblems = async () =>
        compareShapes(
          { [table]: expected[table] ?? { columns: {}, indexes: [] } },
          await onlyKnowledge(),
        ).filter((problem) => problem.includes("search"));
      expect(await searchProblems()).toEqual([]);
      await runSql(
        adopted.url,
        `DROP INDEX claude_family.idx_shared_knowledge_search;
         CREATE INDEX idx_shared_knowledge_search ON claude_family.shared_knowledge (search_vector)`,
      );
      expect(await searchProblems()).toEqual([
        `${table}: index idx_shared_knowledge_search (gin) is in schema.prisma but not in the migrations`,
        `${table}: index idx_shared_knowledge_search is in the migrations but not in schema.prisma`,
      ]);
    } finally {
      await connectDb(database.url);
      await adopted.drop();
    }
  });
});
