import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/authorize";
import { findFeedback } from "@/lib/data/feedback/find-feedback";
import { listFeedback } from "@/lib/data/feedback/list-feedback";
import { getDb } from "@/lib/db";
import { UserInputError } from "@/lib/errors/user-input-error";
import { addFeedbackComment } from "@/lib/services/feedback/add-feedback-comment";
import { changeFeedbackStatus } from "@/lib/services/feedback/change-feedback-status";
import { createFeedback } from "@/lib/services/feedback/create-feedback";
import { feedbackFiltersSchema } from "@/lib/validation/feedback";
import { createTestActor } from "@/tests/support/create-test-actor";
import { runSql } from "@/tests/support/test-postgres";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("feedback");
let operator: Actor;
let viewer: Actor;
let projectA: string;
let projectB: string;

beforeAll(async () => {
  const db = getDb();
  const [a, b] = await Promise.all([
    db.projectWorkspace.create({ data: { name: "alpha", path: "/tmp/alpha" } }),
    db.projectWorkspace.create({ data: { name: "beta", path: "/tmp/beta" } }),
  ]);
  projectA = a.id;
  projectB = b.id;
  operator = await createTestActor("operator", "op@example.com");
  viewer = { ...operator, role: "viewer" };
  // Rows as agents insert them, with plain SQL and their own timestamps.
  await runSql(
    database.url,
    `INSERT INTO claude_pm.project_feedback (project_id, feedback_type, title, status, created_at) VALUES
       ($1, 'question', 'old question', 'new', now() - interval '3 days'),
       ($1, 'bug', 'old bug', 'new', now() - interval '2 days'),
       ($2, 'design', 'a design note', 'resolved', now() - interval '1 day'),
       ($1, 'bug', 'new bug', 'in_progress', now()),
       ($2, 'change', 'a change', NULL, now())`,
    [projectA, projectB],
  );
});

const filters = (input: Record<string, string> = {}) => feedbackFiltersSchema.parse(input);

describe("feedback", () => {
  it("lists bug, change, design, question, then newest first, and filters by project, type and status", async () => {
    const all = await listFeedback(filters());
    expect(all.items.map((item) => item.title)).toEqual([
      "new bug",
      "old bug",
      "a change",
      "a design note",
      "old question",
    ]);
    expect(all.items[0]).toMatchObject({ project_name: "alpha", comment_count: 0 });
    expect((await listFeedback(filters({ project: projectB }))).items.map((i) => i.title)).toEqual([
      "a change",
      "a design note",
    ]);
    expect((await listFeedback(filters({ type: "bug" }))).total).toBe(2);
    expect((await listFeedback(filters({ status: "open" }))).items.map((i) => i.title)).toEqual([
      "new bug",
      "old bug",
      "a change",
      "old question",
    ]);
    expect((await listFeedback(filters({ status: "resolved" }))).items.map((i) => i.title)).toEqual(
      ["a design note"],
    );
  });

  it("rejects unknown filter values instead of guessing", () => {
    expect(feedbackFiltersSchema.safeParse({ type: "rant" }).success).toBe(false);
    expect(feedbackFiltersSchema.safeParse({ project: "'; DROP TABLE x; --" }).success).toBe(false);
    expect(feedbackFiltersSchema.safeParse({ page: "0" }).success).toBe(false);
  });

  it("pages through many rows on the server", async () => {
    await runSql(
      database.url,
      "INSERT INTO claude_pm.project_feedback (project_id, feedback_type, title) SELECT $1, 'question', 'bulk ' || n FROM generate_series(1, 120) n",
      [projectA],
    );
    const first = await listFeedback(filters());
    expect(first).toMatchObject({ total: 125, pageCount: 5 });
    expect(first.items).toHaveLength(25);
    const last = await listFeedback(filters({ page: "5" }));
    expect(last.items).toHaveLength(25);
    expect(new Set([...first.items, ...last.items].map((item) => item.feedback_id)).size).toBe(50);
  });

  it("creates feedback, comments and changes status as an operator, auditing each, and keeps markup as text", async () => {
    const created = await createFeedback(operator, {
      projectId: projectA,
      type: "bug",
      title: "<img src=x onerror=alert(1)>",
      description: "it's \\ broken",
      priority: 2,
    });
    await addFeedbackComment(operator, created.id, "Seen it too");
    await changeFeedbackStatus(operator, created.id, "resolved");
    const detail = await findFeedback(created.id);
    expect(detail).toMatchObject({
      title: "<img src=x onerror=alert(1)>",
      description: "it's \\ broken",
      status: "resolved",
      reportedBy: "op@example.com",
      project: { name: "alpha" },
    });
    expect(detail?.resolvedAt).not.toBeNull();
    expect(detail?.comments.map((c) => [c.commentText, c.authorUser?.email])).toEqual([
      ["Seen it too", "op@example.com"],
    ]);
    const audit = await getDb().auditLog.findMany({
      where: { targetId: created.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((entry) => entry.operation).sort()).toEqual([
      "comment_feedback",
      "create_feedback",
      "update_feedback_status",
    ]);
  });

  it("refuses viewers, unknown projects and unknown items, storing nothing", async () => {
    const before = await getDb().projectFeedback.count();
    const input = {
      projectId: projectA,
      type: "bug" as const,
      title: "x",
      description: "",
      priority: 1,
    };
    await expect(createFeedback(viewer, input)).rejects.toThrow(ForbiddenError);
    await expect(
      createFeedback(operator, { ...input, projectId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toThrow(UserInputError);
    await expect(
      addFeedbackComment(operator, "00000000-0000-4000-8000-000000000000", "hi"),
    ).rejects.toThrow("Unknown feedback item.");
    await expect(
      changeFeedbackStatus(viewer, "00000000-0000-4000-8000-000000000000", "resolved"),
    ).rejects.toThrow(ForbiddenError);
    expect(await getDb().projectFeedback.count()).toBe(before);
  });
});
