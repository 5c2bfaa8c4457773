import { z } from "zod";
import { agentTextLines } from "@/lib/mission/agent-text";

/*
 * The result markers of the agent contract (DESIGN §5). Each parser takes the agent's text (the
 * result text plus printed lines; raw stream-json event lines are also understood), tolerates
 * escape codes and surrounding output, and uses the LAST marker in the text. The JSON itself is
 * strict: one object, checked by a schema; anything else is a failure with a reason.
 */

export type ParseFailure = { ok: false; reason: string };

const stringList = (field: string) =>
  z.array(z.string({ error: `${field} must be a list of strings` }).trim(), {
    error: `${field} must be a list of strings`,
  });

const workerResultSchema = z.object(
  {
    status: z.enum(["completed", "failed", "blocked"], {
      error: "status must be completed, failed or blocked",
    }),
    summary: z.string({ error: "summary must be a string" }),
    files_changed: stringList("files_changed").optional(),
    discoveries: stringList("discoveries").optional(),
    concerns: stringList("concerns").optional(),
  },
  { error: "the marker must hold a JSON object" },
);
export type WorkerResult = z.output<typeof workerResultSchema>;

export const UNIT_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const plannedUnitSchema = z.object(
  {
    key: z.string({ error: "key must be a string" }).trim().regex(UNIT_KEY_PATTERN, {
      error: "key must be a short slug (letters, digits, '.', '_' or '-', at most 64)",
    }),
    title: z
      .string({ error: "title must be a string" })
      .trim()
      .min(1, { error: "title must not be empty" })
      .max(200, { error: "title must have at most 200 characters" }),
    description: z.string({ error: "description must be a string" }).default(""),
    files_hint: stringList("files_hint").default([]),
    depends_on: stringList("depends_on").default([]),
    acceptance: z.string({ error: "acceptance must be a string" }).default(""),
  },
  { error: "each unit must be a JSON object" },
);
export type PlannedUnit = z.output<typeof plannedUnitSchema>;

const planSchema = z.object(
  { units: z.array(plannedUnitSchema, { error: "units must be a list" }) },
  { error: "the plan must be a JSON object with a units list" },
);

const criticResultSchema = z.object(
  {
    verdict: z.enum(["sufficient", "needs_refinement"], {
      error: "verdict must be sufficient or needs_refinement",
    }),
    feedback: z.string({ error: "feedback must be a string" }),
    next_objective: z
      .string({ error: "next_objective must be a string" })
      .nullish()
      .transform((value) => (value?.trim() ? value : undefined)),
  },
  { error: "the marker must hold a JSON object" },
);
export type CriticResult = {
  verdict: "sufficient" | "needs_refinement";
  feedback: string;
  next_objective?: string;
};

const score = (field: string) =>
  z
    .number({ error: `${field} must be a number from 1 to 10` })
    .int({ error: `${field} must be a whole number from 1 to 10` })
    .min(1, { error: `${field} must be a number from 1 to 10` })
    .max(10, { error: `${field} must be a number from 1 to 10` });

const reviewResultSchema = z.object(
  {
    alignment: score("alignment"),
    approach: score("approach"),
    tests: score("tests"),
    notes: z.string({ error: "notes must be a string" }),
  },
  { error: "the marker must hold a JSON object" },
);
export type ReviewResult = z.output<typeof reviewResultSchema>;

function describeIssues(error: z.ZodError): string {
  const messages = error.issues.map((issue) => {
    const [first, index] = issue.path;
    return first === "units" && typeof index === "number"
      ? `unit ${index + 1}: ${issue.message}`
      : issue.message;
  });
  return [...new Set(messages)].join("; ");
}

/**
 * The JSON object that starts at `text[0]` (which must be `{`), found by matching braces outside
 * strings, and whatever follows it.
 */
function splitJsonObject(text: string): { json: string; after: string } | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{") depth++;
    else if (char === "}" && --depth === 0)
      return { json: text.slice(0, i + 1), after: text.slice(i + 1) };
  }
  return undefined;
}

function parseJson(text: string): { ok: true; value: unknown } | ParseFailure {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `invalid JSON (${(error as Error).message})` };
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The JSON text after the last line that starts with `name:` (after optional whitespace, quote
 * or list marks and Markdown emphasis). The object may continue on the following lines.
 */
function markerJson(output: string, name: string): { ok: true; json: string } | ParseFailure {
  const lines = agentTextLines(output);
  const pattern = new RegExp(`^[\\s>*\`_-]*${escapeRegExp(name)}\\s*:[*\`\\s]*(.*)$`);
  for (let i = lines.length - 1; i >= 0; i--) {
    const match = pattern.exec(lines[i]);
    if (!match) continue;
    // The object starts on the marker's line, or (after blank lines or a code fence) on the next.
    const following = [match[1], ...lines.slice(i + 1)];
    const start = match[1].trim()
      ? 0
      : following.findIndex((line, index) => index > 0 && !/^\s*(```\w*)?\s*$/.test(line));
    const rest = start < 0 ? "" : following[start].trimStart();
    if (!rest.startsWith("{"))
      return { ok: false, reason: `malformed ${name}: expected a JSON object after the marker` };
    const object = splitJsonObject([rest, ...following.slice(start + 1)].join("\n"));
    if (!object)
      return { ok: false, reason: `malformed ${name}: invalid JSON (the object is not closed)` };
    const trailing = object.after.split("\n")[0];
    if (!/^[\s`*.]*$/.test(trailing))
      return {
        ok: false,
        reason: `malformed ${name}: unexpected text after the JSON object: ${trailing.trim().slice(0, 60)}`,
      };
    return { ok: true, json: object.json };
  }
  return { ok: false, reason: `no ${name} marker in the output` };
}

function parseMarker<T extends z.ZodType>(
  output: string,
  name: string,
  schema: T,
): { ok: true; value: z.output<T> } | ParseFailure {
  const found = markerJson(output, name);
  if (!found.ok) return found;
  const json = parseJson(found.json);
  if (!json.ok) return { ok: false, reason: `malformed ${name}: ${json.reason}` };
  const parsed = schema.safeParse(json.value);
  if (!parsed.success)
    return { ok: false, reason: `malformed ${name}: ${describeIssues(parsed.error)}` };
  return { ok: true, value: parsed.data };
}

/** A worker's `MC_RESULT: {...}` line. */
export function parseWorkerResult(
  output: string,
): { ok: true; result: WorkerResult } | ParseFailure {
  const parsed = parseMarker(output, "MC_RESULT", workerResultSchema);
  return parsed.ok ? { ok: true, result: parsed.value } : parsed;
}

/** The critic's `CRITIC_RESULT: {...}` line. */
export function parseCriticResult(
  output: string,
): { ok: true; result: CriticResult } | ParseFailure {
  const parsed = parseMarker(output, "CRITIC_RESULT", criticResultSchema);
  if (!parsed.ok) return parsed;
  const { next_objective, ...result } = parsed.value;
  return { ok: true, result: next_objective ? { ...result, next_objective } : result };
}

/** The diff reviewer's `REVIEW_RESULT: {...}` line. */
export function parseReviewResult(
  output: string,
): { ok: true; result: ReviewResult } | ParseFailure {
  const parsed = parseMarker(output, "REVIEW_RESULT", reviewResultSchema);
  return parsed.ok ? { ok: true, result: parsed.value } : parsed;
}

const PLAN_OPEN = /<!--\s*PLAN\s*-->/g;
const PLAN_CLOSE = /<!--\s*\/PLAN\s*-->/;

/** The text of the last complete `<!-- PLAN --> … <!-- /PLAN -->` block. */
function planBlock(output: string): { ok: true; text: string } | ParseFailure {
  const text = agentTextLines(output).join("\n");
  const opens = [...text.matchAll(PLAN_OPEN)];
  if (opens.length === 0) return { ok: false, reason: "no <!-- PLAN --> block in the output" };
  for (let i = opens.length - 1; i >= 0; i--) {
    const start = (opens[i].index ?? 0) + opens[i][0].length;
    const close = PLAN_CLOSE.exec(text.slice(start));
    if (close) return { ok: true, text: text.slice(start, start + close.index) };
  }
  return { ok: false, reason: "the <!-- PLAN --> block is not closed by <!-- /PLAN -->" };
}

/** Fails on repeated keys and on dependencies that name no unit of the plan or the unit itself. */
function planProblems(units: PlannedUnit[]): string[] {
  const keys = new Set<string>();
  const problems: string[] = [];
  for (const unit of units) {
    if (keys.has(unit.key)) problems.push(`key ${unit.key} is used by more than one unit`);
    keys.add(unit.key);
  }
  for (const unit of units)
    for (const dependency of unit.depends_on) {
      if (dependency === unit.key) problems.push(`unit ${unit.key} depends on itself`);
      else if (!keys.has(dependency))
        problems.push(`unit ${unit.key} depends on unknown unit ${dependency}`);
    }
  return problems;
}

/**
 * The planner's units. An empty list means the objective is met. Keys are unique slugs and every
 * `depends_on` names another unit of the same plan; `description`, `acceptance`, `files_hint`
 * and `depends_on` may be left out (empty).
 */
export function parsePlan(output: string): { ok: true; units: PlannedUnit[] } | ParseFailure {
  const block = planBlock(output);
  if (!block.ok) return block;
  const body = block.text
    .trim()
    .replace(/^```[A-Za-z]*\s*\n/, "")
    .replace(/\n?```\s*$/, "")
    .trim();
  if (!body.startsWith("{"))
    return { ok: false, reason: "malformed PLAN: expected a JSON object inside the block" };
  const json = parseJson(body);
  if (!json.ok) return { ok: false, reason: `malformed PLAN: ${json.reason}` };
  const parsed = planSchema.safeParse(json.value);
  if (!parsed.success)
    return { ok: false, reason: `malformed PLAN: ${describeIssues(parsed.error)}` };
  const problems = planProblems(parsed.data.units);
  if (problems.length) return { ok: false, reason: `malformed PLAN: ${problems.join("; ")}` };
  return { ok: true, units: parsed.data.units };
}
