import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/authorize";
import { listProcedures } from "@/lib/data/procedures/list-procedures";
import { getDb } from "@/lib/db";
import { checklistMarkdown } from "@/lib/services/procedures/checklist-markdown";
import { saveProcedure } from "@/lib/services/procedures/save-procedure";
import { procedureInputSchema } from "@/lib/validation/procedures";
import { createTestActor } from "@/tests/support/create-test-actor";
import { runSql } from "@/tests/support/test-postgres";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("procedures");
let operator: Actor;

beforeAll(async () => {
  operator = await createTestActor("operator", "op@example.com");
  await runSql(
    database.url,
    `INSERT INTO claude_family.procedure_registry (procedure_name, procedure_type, applies_to_projects, mandatory, frequency, short_description) VALUES
       ('Weekly review', 'review', ARRAY['alpha'], false, 'weekly', NULL),
       ('Start checklist', 'session', ARRAY['all'], true, 'session-start', 'Read open feedback'),
       ('Beta only', 'review', ARRAY['beta'], true, NULL, NULL),
       ('Legacy row', NULL, NULL, NULL, NULL, NULL)`,
  );
});

const input = (values: Record<string, string>) =>
  procedureInputSchema.parse({ appliesTo: "all", ...values });

describe("procedures", () => {
  it("lists mandatory first, and a project's filter keeps what names it or all", async () => {
    expect((await listProcedures({})).map((p) => p.name)).toEqual([
      "Beta only",
      "Start checklist",
      "Weekly review",
      "Legacy row",
    ]);
    expect((await listProcedures({ project: "alpha" })).map((p) => p.name)).toEqual([
      "Start checklist",
      "Weekly review",
    ]);
    expect((await listProcedures({ mandatory: "no" })).map((p) => p.name)).toEqual([
      "Weekly review",
    ]);
    expect((await listProcedures({ type: "review", mandatory: "yes" })).map((p) => p.name)).toEqual(
      ["Beta only"],
    );
  });

  it("renders a project's checklist as Markdown, mandatory first", async () => {
    const markdown = checklistMarkdown("alpha", await listProcedures({ project: "alpha" }));
    expect(markdown).toBe(
      "# Checklist for alpha\n\n- [ ] **MANDATORY** Start checklist (session-start) — Read open feedback\n- [ ] Weekly review (weekly)\n",
    );
  });

  it("creates and edits procedures as an operator with an audit row each, and refuses viewers and bad input", async () => {
    const created = await saveProcedure(
      operator,
      input({ name: "Release notes", appliesTo: "alpha, beta, alpha", mandatory: "on" }),
    );
    expect(created).toMatchObject({ appliesToProjects: ["alpha", "beta"], mandatory: true });
    const edited = await saveProcedure(
      operator,
      input({ name: "Release notes v2", appliesTo: "beta" }),
      created.id,
    );
    expect(edited).toMatchObject({
      name: "Release notes v2",
      appliesToProjects: ["beta"],
      mandatory: false,
    });
    const audit = await getDb().auditLog.findMany({ where: { targetId: created.id } });
    expect(audit.map((entry) => entry.operation).sort()).toEqual([
      "create_procedure",
      "update_procedure",
    ]);

    await expect(
      saveProcedure({ ...operator, role: "viewer" }, input({ name: "x" })),
    ).rejects.toThrow(ForbiddenError);
    expect(procedureInputSchema.safeParse({ name: "", appliesTo: "all" }).success).toBe(false);
    expect(procedureInputSchema.safeParse({ name: "x", appliesTo: " , " }).success).toBe(false);
  });
});
