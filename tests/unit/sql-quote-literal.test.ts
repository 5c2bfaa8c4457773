import { describe, expect, it } from "vitest";
import { generateAddKnowledgeSql } from "@/lib/services/sql-templates/add-knowledge-sql";
import { generateCreateFeedbackSql } from "@/lib/services/sql-templates/create-feedback-sql";
import {
  quoteLiteral,
  quoteTextArray,
  quoteUuid,
} from "@/lib/services/sql-templates/quote-literal";
import { generateSessionEndSql } from "@/lib/services/sql-templates/session-end-sql";

const SESSION_ID = "3f2b8c1e-5d4a-4b7e-9c1d-2a3b4c5d6e7f";

describe("quoteLiteral (as Postgres's quote_literal)", () => {
  it("doubles single quotes", () => {
    expect(quoteLiteral("it's")).toBe("'it''s'");
    expect(quoteLiteral("'); DROP TABLE x; --")).toBe("'''); DROP TABLE x; --'");
  });

  it("writes a value with a backslash as E'...' with the backslashes doubled", () => {
    expect(quoteLiteral("a\\b")).toBe("E'a\\\\b'");
    expect(quoteLiteral("\\'")).toBe("E'\\\\'''");
    expect(quoteLiteral("ends with \\")).toBe("E'ends with \\\\'");
  });

  it("leaves everything else as it is, newlines and dollar quotes included", () => {
    expect(quoteLiteral("")).toBe("''");
    expect(quoteLiteral("$$ x $$\nnext")).toBe("'$$ x $$\nnext'");
    expect(quoteLiteral("E'x'")).toBe("'E''x'''");
  });

  it("refuses a NUL character, which Postgres text cannot hold", () => {
    expect(() => quoteLiteral("a\0b")).toThrow("NUL");
  });

  it("quotes arrays element by element and casts them, even when empty", () => {
    expect(quoteTextArray([])).toBe("ARRAY[]::text[]");
    expect(quoteTextArray(["a'b", "c\\d"])).toBe("ARRAY['a''b', E'c\\\\d']::text[]");
  });

  it("accepts only UUIDs where a UUID goes", () => {
    expect(quoteUuid(SESSION_ID)).toBe(`'${SESSION_ID}'::uuid`);
    expect(() => quoteUuid("x'::uuid; DROP TABLE y; --")).toThrow("Not a UUID");
  });
});

describe("SQL templates", () => {
  it("closes a session with the exact column names, and TODO placeholders for what is empty", () => {
    expect(
      generateSessionEndSql({
        sessionId: SESSION_ID,
        summary: null,
        tasks: ["Shipped it's fix"],
        learnings: [],
        challenges: null,
      }),
    ).toBe(
      [
        "UPDATE claude_family.session_history",
        "   SET session_end = NOW(),",
        "       session_summary = 'TODO: summary',",
        "       tasks_completed = ARRAY['Shipped it''s fix']::text[],",
        "       learnings_gained = ARRAY['TODO: learning']::text[],",
        "       challenges_encountered = ARRAY['TODO: challenge']::text[]",
        ` WHERE session_id = '${SESSION_ID}'::uuid;`,
      ].join("\n"),
    );
  });

  it("refuses a session id, project id or feedback type that is not one", () => {
    const values = { summary: "", tasks: [], learnings: [], challenges: [] };
    expect(() => generateSessionEndSql({ ...values, sessionId: "1 OR 1=1" })).toThrow();
    expect(() => generateCreateFeedbackSql("nope", "bug")).toThrow("Not a UUID");
    expect(() => generateCreateFeedbackSql(SESSION_ID, "bug'); --")).toThrow(
      "Unknown feedback type",
    );
  });

  it("files feedback and shares knowledge with every value quoted", () => {
    expect(generateCreateFeedbackSql(SESSION_ID, "design")).toContain(
      `('${SESSION_ID}'::uuid, 'design', 'TODO: title'`,
    );
    const knowledge = generateAddKnowledgeSql("Don't \\ escape", "");
    expect(knowledge).toContain(
      "(E'Don''t \\\\ escape', 'TODO: description', 'pattern', 'TODO: category', 5,",
    );
    expect(knowledge).toContain("INSERT INTO claude_family.shared_knowledge");
  });
});
