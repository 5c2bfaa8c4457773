import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { generateAddKnowledgeSql } from "@/lib/services/sql-templates/add-knowledge-sql";
import { generateCreateFeedbackSql } from "@/lib/services/sql-templates/create-feedback-sql";
import { quoteLiteral } from "@/lib/services/sql-templates/quote-literal";
import { generateSessionEndSql } from "@/lib/services/sql-templates/session-end-sql";
import { runSql } from "@/tests/support/test-postgres";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

const database = setUpMigratedDatabase("sql_templates");

const NASTY = [
  "it's",
  "back\\slash",
  "C:\\path\\to\\'quoted'\\",
  "trailing backslash \\",
  "\\'; DROP TABLE claude_pm.project_feedback; --",
  "'); DROP TABLE claude_family.session_history; --",
  "$$ dollar $$ and $tag$ quotes $tag$",
  "line one\nline two\r\nline three\ttabbed",
  "E'not an escape' and \\n not a newline",
  "<script>alert('x')</script>",
  "unicode ✓ ünïcødé 🚀",
];

const CONFORMING_MODES = ["on", "off"] as const;

/**
 * Runs generated SQL as an agent would: as plain text, in a connection with the given mode. The
 * mode is set by a query of its own, since Postgres reads a whole query string before running it.
 */
async function runAsAgent(sql: string, standardConformingStrings: "on" | "off" = "on") {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(`SET standard_conforming_strings = ${standardConformingStrings}`);
    const mode = await client.query("SHOW standard_conforming_strings");
    expect(mode.rows[0].standard_conforming_strings).toBe(standardConformingStrings);
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

async function tablesStillExist() {
  const found = await runSql(
    database.url,
    `SELECT to_regclass('claude_family.session_history') AS sessions,
            to_regclass('claude_pm.project_feedback') AS feedback,
            to_regclass('claude_family.shared_knowledge') AS knowledge`,
  );
  expect(found.rows[0]).toEqual({
    sessions: "claude_family.session_history",
    feedback: "claude_pm.project_feedback",
    knowledge: "claude_family.shared_knowledge",
  });
}

let projectId: string;
let sessionIds: string[];

beforeAll(async () => {
  projectId = (
    await runSql(
      database.url,
      "INSERT INTO claude_family.project_workspaces (project_name, project_path) VALUES ('alpha', '/tmp/alpha') RETURNING project_id",
    )
  ).rows[0].project_id;
  await runSql(
    database.url,
    "INSERT INTO claude_family.identities (identity_name, platform, role_description) VALUES ('TODO: your identity name', 'cli', 'placeholder')",
  );
  sessionIds = (
    await runSql(
      database.url,
      "INSERT INTO claude_family.session_history (project_name) SELECT 'alpha' FROM generate_series(1, 3) RETURNING session_id",
    )
  ).rows.map((row) => row.session_id);
});

describe("quoting", () => {
  it("writes every value exactly as Postgres's quote_literal does", async () => {
    for (const value of NASTY) {
      const { rows } = await runSql(database.url, "SELECT quote_literal($1::text) AS quoted", [
        value,
      ]);
      expect(quoteLiteral(value)).toBe(rows[0].quoted);
    }
  });
});

describe("session-end SQL", () => {
  for (const mode of CONFORMING_MODES) {
    it(`closes the session with exactly the values given (standard_conforming_strings ${mode})`, async () => {
      const sessionId = sessionIds[mode === "on" ? 0 : 1] as string;
      for (const value of NASTY) {
        await runAsAgent(
          generateSessionEndSql({
            sessionId,
            summary: value,
            tasks: NASTY,
            learnings: [value],
            challenges: [value, ""],
          }),
          mode,
        );
        const { rows } = await runSql(
          database.url,
          `SELECT session_end, session_summary, tasks_completed, learnings_gained, challenges_encountered
             FROM claude_family.session_history WHERE session_id = $1`,
          [sessionId],
        );
        expect(rows[0]).toMatchObject({
          session_summary: value,
          tasks_completed: NASTY,
          learnings_gained: [value],
          challenges_encountered: [value, ""],
        });
        expect(rows[0].session_end).not.toBeNull();
      }
      // Only the sessions named so far were touched (the tests of this block run in order).
      const closed = await runSql(
        database.url,
        "SELECT session_id FROM claude_family.session_history WHERE session_end IS NOT NULL",
      );
      expect(closed.rows.map((row) => row.session_id).sort()).toEqual(
        sessionIds.slice(0, mode === "on" ? 1 : 2).sort(),
      );
      await tablesStillExist();
    });
  }

  it("runs as generated with placeholders when the session holds nothing yet", async () => {
    const sessionId = sessionIds[2] as string;
    await runAsAgent(
      generateSessionEndSql({
        sessionId,
        summary: null,
        tasks: null,
        learnings: [],
        challenges: [],
      }),
    );
    const { rows } = await runSql(
      database.url,
      "SELECT session_summary, tasks_completed FROM claude_family.session_history WHERE session_id = $1",
      [sessionId],
    );
    expect(rows[0]).toEqual({
      session_summary: "TODO: summary",
      tasks_completed: ["TODO: task completed"],
    });
  });
});

describe("create-feedback SQL", () => {
  it("files feedback on the project with the type given", async () => {
    const insert = await runAsAgent(generateCreateFeedbackSql(projectId, "question"));
    const feedbackId = insert.rows[0]?.feedback_id;
    const { rows } = await runSql(
      database.url,
      "SELECT project_id, feedback_type, title, status, priority, reported_by FROM claude_pm.project_feedback WHERE feedback_id = $1",
      [feedbackId],
    );
    expect(rows[0]).toEqual({
      project_id: projectId,
      feedback_type: "question",
      title: "TODO: title",
      status: "new",
      priority: 3,
      reported_by: "TODO: your identity name",
    });
  });
});

describe("add-knowledge SQL", () => {
  for (const mode of CONFORMING_MODES) {
    it(`shares knowledge with exactly the title and category given (standard_conforming_strings ${mode})`, async () => {
      for (const value of NASTY) {
        const insert = await runAsAgent(generateAddKnowledgeSql(value, `${value} category`), mode);
        const { rows } = await runSql(
          database.url,
          `SELECT k.title, k.knowledge_category, k.knowledge_type, k.confidence_level, k.times_applied, i.identity_name
             FROM claude_family.shared_knowledge k
             LEFT JOIN claude_family.identities i ON i.identity_id = k.created_by_identity_id
            WHERE k.knowledge_id = $1`,
          [insert.rows[0]?.knowledge_id],
        );
        expect(rows[0]).toEqual({
          title: value,
          knowledge_category: `${value} category`,
          knowledge_type: "pattern",
          confidence_level: 5,
          times_applied: 0,
          identity_name: "TODO: your identity name",
        });
      }
      await tablesStillExist();
    });
  }
});
