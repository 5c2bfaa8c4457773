import { describe, expect, it } from "vitest";
import { describeSessionDuration } from "@/components/sessions/session-time";
import { closeSessionSchema, parseSessionFilters } from "@/lib/validation/sessions";

const at = (iso: string) => new Date(`${iso}Z`);

describe("session duration", () => {
  it("says how long a closed session ran", () => {
    expect(describeSessionDuration(at("2026-01-01T10:00"), at("2026-01-01T10:45"))).toBe("45 min");
    expect(describeSessionDuration(at("2026-01-01T10:00"), at("2026-01-01T11:30"))).toBe(
      "1 h 30 min",
    );
    expect(describeSessionDuration(at("2026-01-01T10:00"), at("2026-01-04T13:00"))).toBe("3 d 3 h");
  });

  it("says how long an open session has been open", () => {
    expect(describeSessionDuration(at("2026-01-01T10:00"), null, at("2026-01-01T15:00"))).toBe(
      "open for 5 h",
    );
    expect(describeSessionDuration(null, null)).toBe("open");
  });
});

describe("session filters", () => {
  it("keeps the valid filters and names each bad one", () => {
    const result = parseSessionFilters({
      identity: "not-a-uuid",
      state: "open",
      from: "2026-02-30",
      to: "2026-01-31",
      page: "2",
    });
    expect(result.filters).toEqual({ state: "open", to: "2026-01-31", page: 2 });
    expect(result.errors).toEqual({
      identity: "Choose an identity from the list.",
      from: "That day does not exist.",
    });
  });

  it("refuses an end date before the start date, unknown states, pages and repeated values", () => {
    expect(parseSessionFilters({ from: "2026-02-01", to: "2026-01-01" }).errors).toEqual({
      to: "The end date is before the start date.",
    });
    expect(parseSessionFilters({ state: "half-open" }).errors.state).toBe("Choose open or closed.");
    expect(parseSessionFilters({ page: "0" }).errors.page).toBe("Pages start at 1.");
    expect(parseSessionFilters({ project: ["a", "b"] }).errors.project).toBe("Choose one project.");
    expect(parseSessionFilters({ from: "31/01/2026" }).errors.from).toBe(
      "Use a date like 2026-01-31.",
    );
  });

  it("treats blank values as no filter", () => {
    expect(parseSessionFilters({ project: " ", identity: "", state: "" })).toEqual({
      filters: { page: 1 },
      errors: {},
    });
  });
});

describe("closing input", () => {
  const valid = {
    sessionId: "3f2b8c1e-5d4a-4b7e-9c1d-2a3b4c5d6e7f",
    summary: "  Done.  ",
    tasks: "first\r\n\n  second  \n",
    learnings: "",
    challenges: "<b>one</b>",
  };
  const messages = (input: Record<string, string>) =>
    closeSessionSchema.safeParse(input).error?.issues.map((issue) => issue.message);

  it("trims, and reads one entry per line", () => {
    expect(closeSessionSchema.parse(valid)).toEqual({
      sessionId: valid.sessionId,
      summary: "Done.",
      tasks: ["first", "second"],
      learnings: [],
      challenges: ["<b>one</b>"],
    });
  });

  it("refuses an empty or oversized summary, long lines, too many lines and NUL", () => {
    expect(messages({ ...valid, summary: "   " })).toEqual(["Write a summary."]);
    expect(messages({ ...valid, summary: "x".repeat(10_001) })).toEqual([
      "Use at most 10,000 characters.",
    ]);
    expect(messages({ ...valid, tasks: "x".repeat(1_001) })).toEqual([
      "Keep each task under 1,000 characters.",
    ]);
    expect(messages({ ...valid, learnings: "x\n".repeat(101) })).toEqual([
      "Use at most 100 learnings, one per line.",
    ]);
    expect(messages({ ...valid, challenges: "a\0b" })).toEqual([
      "Remove the NUL character: it cannot be stored.",
    ]);
    expect(messages({ ...valid, sessionId: "42" })).toEqual(["Unknown session."]);
  });
});
