import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/authorize";
import { countOpenSessions } from "@/lib/data/sessions/count-open-sessions";
import { findSession } from "@/lib/data/sessions/find-session";
import { listSessions } from "@/lib/data/sessions/list-sessions";
import { getDb } from "@/lib/db";
import { UserInputError } from "@/lib/errors/user-input-error";
import { closeSession } from "@/lib/services/sessions/close-session";
import { parseSessionFilters } from "@/lib/validation/sessions";
import { createTestActor } from "@/tests/support/create-test-actor";
import { runSql } from "@/tests/support/test-postgres";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("sessions");
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
let operator: Actor;
let viewer: Actor;
let alice: string;
let bob: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const db = getDb();
  await db.projectWorkspace.create({ data: { name: "alpha", path: "/tmp/alpha" } });
  const [a, b] = await Promise.all([
    db.identity.create({ data: { name: "alice", platform: "cli", roleDescription: "a" } }),
    db.identity.create({ data: { name: "bob", platform: "cli", roleDescription: "b" } }),
  ]);
  alice = a.id;
  bob = b.id;
  operator = await createTestActor("operator", "op@example.com");
  viewer = { ...operator, role: "viewer" };
  // Rows as agents insert them, with plain SQL; "beta" and "gamma" are not registered projects.
  const inserted = await runSql(
    database.url,
    `INSERT INTO claude_family.session_history
       (identity_id, project_name, session_start, session_end, session_summary, tasks_completed, learnings_gained, challenges_encountered, session_metadata)
     VALUES
       ($1, 'alpha', '2026-01-10 10:00', '2026-01-10 12:00', 'first', ARRAY['t1'], ARRAY['l1'], NULL, '{"source": "test"}'),
       ($2, 'beta',  '2026-01-11 09:00', NULL, NULL, NULL, NULL, NULL, DEFAULT),
       ($2, 'alpha', '2026-01-12 23:59:59', '2026-01-13 01:00', 'late', ARRAY[]::text[], NULL, NULL, DEFAULT),
       ($1, 'alpha', '2026-01-13 00:00', NULL, NULL, NULL, NULL, NULL, DEFAULT),
       (NULL, 'gamma', '2026-01-09 08:00', '2026-01-09 08:30', 'oldest', NULL, NULL, NULL, DEFAULT)
     RETURNING session_id, session_summary, session_start`,
    [alice, bob],
  );
  const names = ["first", "open-beta", "late", "open-alpha", "oldest"];
  inserted.rows.forEach((row: { session_id: string }, index) => {
    ids[names[index] as string] = row.session_id;
  });
});

const list = async (query: Record<string, string> = {}) => {
  const { filters, errors } = parseSessionFilters(query);
  expect(errors).toEqual({});
  return listSessions(filters);
};
const namesOf = (page: Awaited<ReturnType<typeof listSessions>>) =>
  page.items.map((item) => Object.keys(ids).find((name) => ids[name] === item.session_id));

describe("sessions list", () => {
  it("lists newest first, with the identity's name", async () => {
    const all = await list();
    expect(namesOf(all)).toEqual(["open-alpha", "late", "open-beta", "first", "oldest"]);
    expect(all.items[0]).toMatchObject({ project_name: "alpha", identity_name: "alice" });
    expect(all.items[4]).toMatchObject({ identity_name: null, summary_start: "oldest" });
    expect(all.total).toBe(5);
  });

  it("filters by project, identity, open or closed, and whole UTC days", async () => {
    expect(namesOf(await list({ project: "alpha" }))).toEqual(["open-alpha", "late", "first"]);
    expect(namesOf(await list({ identity: bob }))).toEqual(["late", "open-beta"]);
    expect(namesOf(await list({ state: "open" }))).toEqual(["open-alpha", "open-beta"]);
    expect(namesOf(await list({ state: "closed" }))).toEqual(["late", "first", "oldest"]);
    expect(namesOf(await list({ from: "2026-01-11", to: "2026-01-12" }))).toEqual([
      "late",
      "open-beta",
    ]);
    expect(namesOf(await list({ from: "2026-01-13" }))).toEqual(["open-alpha"]);
    expect(namesOf(await list({ to: "2026-01-09" }))).toEqual(["oldest"]);
    const combined = await list({ project: "alpha", identity: alice, state: "open" });
    expect(namesOf(combined)).toEqual(["open-alpha"]);
    expect(combined.total).toBe(1);
    expect((await list({ project: "'; DROP TABLE claude_family.session_history; --" })).total).toBe(
      0,
    );
  });

  it("pages on the server without overlap, even when many sessions start at the same moment", async () => {
    await runSql(
      database.url,
      `INSERT INTO claude_family.session_history (identity_id, project_name, session_start)
       SELECT $1, 'bulk', '2026-02-01 12:00' FROM generate_series(1, 60)`,
      [alice],
    );
    const pages = await Promise.all(["1", "2", "3"].map((page) => list({ project: "bulk", page })));
    expect(pages.map((page) => page.items.length)).toEqual([25, 25, 10]);
    expect(pages[0]).toMatchObject({ total: 60, pageCount: 3 });
    const seen = pages.flatMap((page) => page.items.map((item) => item.session_id));
    expect(new Set(seen).size).toBe(60);
    // Ties are broken by id, so the order is the same on every read.
    expect(seen).toEqual([...seen].sort().reverse());
    expect((await list({ page: "4" })).items).toEqual([]);
    const firstOverall = await list();
    expect(firstOverall.total).toBe(65);
    expect(firstOverall.items[0]?.project_name).toBe("bulk");
  });
});

describe("session detail", () => {
  it("finds a session with its identity and, when registered, its project", async () => {
    const first = await findSession(ids.first as string);
    expect(first).toMatchObject({
      projectName: "alpha",
      project: { name: "alpha" },
      identity: { name: "alice" },
      sessionSummary: "first",
      tasksCompleted: ["t1"],
      sessionMetadata: { source: "test" },
    });
    const beta = await findSession(ids["open-beta"] as string);
    expect(beta).toMatchObject({ projectName: "beta", project: null, sessionEnd: null });
    expect(await findSession(UNKNOWN_ID)).toBeNull();
  });
});

describe("closing a session", () => {
  const closing = {
    summary: `<script>alert("x")</script> it's done \\o/`,
    tasks: ["'); DROP TABLE claude_family.session_history; --", "Second $$ task"],
    learnings: ["line one\nline two"],
    challenges: [],
  };

  it("sets the end and the fields as an operator, with an audit row in the same change", async () => {
    const id = ids["open-beta"] as string;
    const openBefore = await countOpenSessions();
    const before = Date.now();
    await closeSession(operator, id, closing);
    const closed = await findSession(id);
    expect(closed).toMatchObject({
      sessionSummary: closing.summary,
      tasksCompleted: closing.tasks,
      learningsGained: closing.learnings,
      challengesEncountered: [],
    });
    expect(closed?.sessionEnd?.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(await countOpenSessions()).toBe(openBefore - 1);
    const audit = await getDb().auditLog.findMany({ where: { targetId: id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      operation: "close_session",
      targetType: "session",
      userId: operator.userId,
      details: { project: "beta", tasks: 2, learnings: 1, challenges: 0 },
    });
  });

  it("refuses to close a closed session, and changes nothing", async () => {
    const id = ids["open-beta"] as string;
    const before = await findSession(id);
    const auditBefore = await getDb().auditLog.count();
    await expect(closeSession(operator, id, { ...closing, summary: "again" })).rejects.toThrow(
      new UserInputError("This session is already closed."),
    );
    expect(await findSession(id)).toEqual(before);
    expect(await getDb().auditLog.count()).toBe(auditBefore);
  });

  it("refuses viewers and unknown sessions, storing nothing", async () => {
    const id = ids["open-alpha"] as string;
    const auditBefore = await getDb().auditLog.count();
    await expect(closeSession(viewer, id, closing)).rejects.toThrow(ForbiddenError);
    await expect(closeSession(operator, UNKNOWN_ID, closing)).rejects.toThrow("Unknown session.");
    expect(await findSession(id)).toMatchObject({ sessionEnd: null, sessionSummary: null });
    expect(await getDb().auditLog.count()).toBe(auditBefore);
  });

  it("lets only one of two simultaneous closes win", async () => {
    const id = ids["open-alpha"] as string;
    const results = await Promise.allSettled([
      closeSession(operator, id, { ...closing, summary: "one" }),
      closeSession(operator, id, { ...closing, summary: "two" }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({
      reason: { message: "This session is already closed." },
    });
    expect(await getDb().auditLog.count({ where: { targetId: id } })).toBe(1);
  });
});
