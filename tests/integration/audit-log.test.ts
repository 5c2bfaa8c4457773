import { beforeAll, describe, expect, it } from "vitest";
import { listAudit, listAuditFilterOptions } from "@/lib/data/audit/list-audit";
import { getDb } from "@/lib/db";
import { auditFiltersSchema } from "@/lib/validation/audit";
import { runSql } from "@/tests/support/test-postgres";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("audit");
let userId: string;
let identityId: string;

beforeAll(async () => {
  userId = (
    await getDb().user.create({ data: { email: "a@example.com", name: "A", passwordHash: "x" } })
  ).id;
  identityId = (
    await getDb().identity.create({
      data: { name: "agent-1", platform: "t", roleDescription: "r" },
    })
  ).id;
  await runSql(
    database.url,
    `INSERT INTO claude_mission_control.audit_log (operation, target_type, user_id, identity_id, created_at) VALUES
       ('create_feedback', 'feedback', $1, NULL, '2026-03-01 10:00'),
       ('send_message', 'message', $1, $2, '2026-03-02 23:59'),
       ('launch_claude', 'project', NULL, $2, '2026-03-03 00:00'),
       ('create_feedback', 'feedback', NULL, $2, '2026-03-04 08:00')`,
    [userId, identityId],
  );
});

const list = (input: Record<string, string> = {}) => listAudit(auditFiltersSchema.parse(input));
const operations = async (input: Record<string, string> = {}) =>
  (await list(input)).items.map((item) => item.operation);

describe("the audit log", () => {
  it("lists newest first and filters by operation, user, identity, target and whole UTC days", async () => {
    expect(await operations()).toEqual([
      "create_feedback",
      "launch_claude",
      "send_message",
      "create_feedback",
    ]);
    expect(await operations({ operation: "create_feedback" })).toEqual([
      "create_feedback",
      "create_feedback",
    ]);
    expect(await operations({ user: userId })).toEqual(["send_message", "create_feedback"]);
    expect(await operations({ identity: identityId, target: "project" })).toEqual([
      "launch_claude",
    ]);
    expect(await operations({ from: "2026-03-02", to: "2026-03-03" })).toEqual([
      "launch_claude",
      "send_message",
    ]);
    const first = (await list()).items[0];
    expect(first?.identity?.name).toBe("agent-1");
  });

  it("offers the distinct operations and targets as filter choices, and refuses malformed filters", async () => {
    const options = await listAuditFilterOptions();
    expect(options.operations).toEqual(["create_feedback", "launch_claude", "send_message"]);
    expect(options.targets).toEqual(["feedback", "message", "project"]);
    expect(auditFiltersSchema.safeParse({ from: "yesterday" }).success).toBe(false);
    expect(auditFiltersSchema.safeParse({ user: "1 OR 1=1" }).success).toBe(false);
  });
});
