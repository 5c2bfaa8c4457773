import { type BatchSignals, batchSignalsSchema } from "@/lib/mission/batch-analysis";
import type { PlannedUnit } from "@/lib/mission/markers";

/*
 * The prompts of the mission roles. Each starts with header lines (`MC_ROLE: …`, then
 * `MC_ROUND`, `MC_ATTEMPT`, `MC_REFINE` or `MC_UNIT` as the role needs) that the scripted agent
 * reads, and ends with the exact marker the agent must print (DESIGN §5).
 */

export type KnowledgeNote = string | { title: string; description?: string | null };
export type ProcedureNote =
  | string
  | {
      name: string;
      shortDescription?: string | null;
      filePath?: string | null;
      mandatory?: boolean | null;
    };
export type FailureNote = string | { title: string; reason?: string | null };
export type PromptUnit = {
  key: string;
  title: string;
  description?: string | null;
  files_hint?: readonly string[];
  depends_on?: readonly string[];
  acceptance?: string | null;
};

const MAX_NOTES = 10;
const MAX_DIFF_CHARS = 40_000;

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;
const flat = (text: string, max: number) => clip(text.replace(/\s+/g, " ").trim(), max);

function section(title: string, lines: string[]): string[] {
  return lines.length ? ["", `## ${title}`, ...lines] : [];
}

function bulleted<T>(items: readonly T[] | undefined, line: (item: T) => string): string[] {
  const list = items ?? [];
  const shown = list.slice(0, MAX_NOTES).map((item) => `- ${line(item)}`);
  return list.length > MAX_NOTES ? [...shown, `- and ${list.length - MAX_NOTES} more`] : shown;
}

const knowledgeLines = (knowledge: readonly KnowledgeNote[] | undefined) =>
  bulleted(knowledge, (note) =>
    typeof note === "string"
      ? flat(note, 300)
      : flat(note.description ? `${note.title}: ${note.description}` : note.title, 300),
  );

const procedureLines = (procedures: readonly ProcedureNote[] | undefined) =>
  bulleted(procedures, (note) => {
    if (typeof note === "string") return flat(note, 200);
    const parts = [note.name, note.shortDescription, note.filePath && `(see ${note.filePath})`];
    return flat(parts.filter(Boolean).join(" — "), 200);
  });

const failureLines = (failures: readonly FailureNote[] | undefined) =>
  bulleted(failures, (failure) =>
    typeof failure === "string"
      ? flat(failure, 200)
      : flat(failure.reason ? `${failure.title}: ${failure.reason}` : failure.title, 200),
  );

/** Batch signals as given or as stored (any JSON); anything not of their shape is left out. */
const capList = (items: readonly string[], max: number) =>
  items.length > max
    ? `${items.slice(0, max).join(", ")} and ${items.length - max} more`
    : items.join(", ");

function signalLines(stored: unknown): string[] {
  const parsed = batchSignalsSchema.safeParse(stored);
  if (!parsed.success) return [];
  const signals: BatchSignals = parsed.data;
  const lines: string[] = [];
  if (signals.hotFiles.length)
    lines.push(
      `- Hot files (touched by several units): ${signals.hotFiles
        .slice(0, MAX_NOTES)
        .map((hot) => `${hot.file} (${hot.count})`)
        .join(", ")}`,
    );
  for (const cluster of signals.failureClusters.slice(0, 5))
    lines.push(`- Failure cluster: ${flat(cluster.reason, 150)} (${capList(cluster.units, 8)})`);
  if (signals.stalledAreas.length)
    lines.push(
      `- Stalled areas: ${signals.stalledAreas
        .slice(0, MAX_NOTES)
        .map((area) => `${area.area} (${area.failures} failures)`)
        .join(", ")}`,
    );
  return lines;
}

function unitLines(unit: PromptUnit): string[] {
  return [
    `Key: ${unit.key}`,
    `Title: ${unit.title}`,
    ...(unit.description ? ["", unit.description.trim()] : []),
    ...(unit.files_hint?.length
      ? ["", `Files likely involved: ${unit.files_hint.join(", ")}`]
      : []),
    ...(unit.depends_on?.length ? ["", `Comes after units: ${unit.depends_on.join(", ")}`] : []),
    ...(unit.acceptance ? ["", `Acceptance: ${unit.acceptance.trim()}`] : []),
  ];
}

/** `MC_ROUND` and `MC_ATTEMPT` lines for the values given. */
const headerLines = (round?: number, attempt?: number) => [
  ...(round === undefined ? [] : [`MC_ROUND: ${round}`]),
  ...(attempt === undefined ? [] : [`MC_ATTEMPT: ${attempt}`]),
];

const PLAN_CONTRACT = [
  "",
  "## Output contract",
  "Print the plan as one JSON object between these two lines, exactly:",
  "<!-- PLAN -->",
  '{"units": [{"key": "short-slug", "title": "…", "description": "…", "files_hint": ["path/to/file"], "depends_on": ["other-key"], "acceptance": "…"}]}',
  "<!-- /PLAN -->",
  "Keys are unique short slugs (letters, digits, '.', '_', '-'); depends_on names keys of this plan.",
  'Units that can run in parallel should not touch the same files. Print {"units": []} when the objective is met.',
];

/** The planner's prompt; with `feedback`, a refinement of `previousPlan` (`MC_REFINE: true`). */
export function plannerPrompt(input: {
  objective: string;
  stateSummary?: string | null;
  recentFailures?: readonly FailureNote[];
  /** `BatchSignals`, or the stored JSON of them (other shapes are ignored). */
  signals?: unknown;
  knowledge?: readonly KnowledgeNote[];
  procedures?: readonly ProcedureNote[];
  feedback?: string | null;
  /** The mission round, from 1 (`MC_ROUND`). */
  round?: number;
  /** The deliberation attempt within the round, from 1 (`MC_ATTEMPT`). */
  attempt?: number;
  /** The proposal the feedback is about. */
  previousPlan?: readonly PlannedUnit[];
}): string {
  const refine = Boolean(input.feedback?.trim());
  return [
    "MC_ROLE: planner",
    ...headerLines(input.round, input.attempt),
    ...(refine ? ["MC_REFINE: true"] : []),
    "",
    "You plan the next round of work toward the objective in this repository. Split the work into",
    "small, independent units that one agent can finish and commit in one session, each with the",
    "files it will likely touch and how to tell it is done. Do not change any files yourself.",
    "",
    "## Objective",
    input.objective.trim(),
    ...section("Mission state", input.stateSummary?.trim() ? [input.stateSummary.trim()] : []),
    ...section("Recent failures", failureLines(input.recentFailures)),
    ...section("Signals from the last batch", signalLines(input.signals)),
    ...section("Knowledge", knowledgeLines(input.knowledge)),
    ...section("Mandatory procedures", procedureLines(input.procedures)),
    ...(refine
      ? [
          ...section(
            "Your previous proposal",
            input.previousPlan ? [JSON.stringify({ units: input.previousPlan })] : [],
          ),
          "",
          "## Critic's feedback — revise the plan accordingly",
          (input.feedback ?? "").trim(),
        ]
      : []),
    ...PLAN_CONTRACT,
  ].join("\n");
}

/** The critic's prompt: a feasibility review of one proposal. */
export function criticPrompt(input: {
  objective: string;
  /** The units, `{ units }` as stored, or the proposal's text. */
  proposal: readonly PlannedUnit[] | { units: readonly unknown[] } | string;
  /** The mission round, from 1 (`MC_ROUND`). */
  round: number;
  /** The deliberation attempt within the round, from 1 (`MC_ATTEMPT`). */
  attempt?: number;
}): string {
  const proposal =
    typeof input.proposal === "string"
      ? input.proposal.trim()
      : JSON.stringify(
          "units" in input.proposal ? input.proposal : { units: input.proposal },
          null,
          2,
        );
  return [
    "MC_ROLE: critic",
    ...headerLines(input.round, input.attempt),
    "",
    "You review a proposed plan for feasibility: are the units small and clear enough, are the",
    "dependencies and file hints right, will units running in parallel conflict, does the plan",
    "move toward the objective? Do not change any files.",
    "",
    "## Objective",
    input.objective.trim(),
    "",
    "## Proposed plan",
    proposal,
    "",
    "## Output contract",
    "End with exactly one line of this form (one JSON object on that line):",
    'CRITIC_RESULT: {"verdict": "sufficient", "feedback": "…", "next_objective": "…"}',
    'verdict is "sufficient" or "needs_refinement"; feedback says what to change; next_objective',
    "(optional) is a follow-up objective for after this mission.",
  ].join("\n");
}

/** A worker's prompt for one unit, run in the unit's own worktree. */
export function workerPrompt(input: {
  objective: string;
  unit: PromptUnit;
  knowledge?: readonly KnowledgeNote[];
  procedures?: readonly ProcedureNote[];
}): string {
  return [
    "MC_ROLE: worker",
    `MC_UNIT: ${input.unit.key}`,
    "",
    "You carry out one unit of a larger mission in this git worktree. Do only this unit, keep",
    "the project's tests passing, and commit your changes on the current branch (do not push,",
    "do not switch branches). Other units run in parallel on other branches.",
    "",
    "## Mission objective",
    input.objective.trim(),
    "",
    "## Your unit",
    ...unitLines(input.unit),
    ...section("Knowledge", knowledgeLines(input.knowledge)),
    ...section("Mandatory procedures", procedureLines(input.procedures)),
    "",
    "## Output contract",
    "End with exactly one line of this form (one JSON object on that line):",
    'MC_RESULT: {"status": "completed", "summary": "…", "files_changed": ["path"], "discoveries": ["…"], "concerns": ["…"]}',
    'status is "completed", "failed" or "blocked"; summary says what you did or what stopped you.',
  ].join("\n");
}

/** The diff reviewer's prompt: scores one merged unit. It never blocks the merge. */
export function reviewerPrompt(input: {
  objective: string;
  unit: PromptUnit;
  diff: string;
}): string {
  const diff =
    input.diff.length > MAX_DIFF_CHARS
      ? `${input.diff.slice(0, MAX_DIFF_CHARS)}\n[diff cut at ${MAX_DIFF_CHARS} of ${input.diff.length} characters]`
      : input.diff;
  return [
    "MC_ROLE: reviewer",
    `MC_UNIT: ${input.unit.key}`,
    "",
    "You review the diff of one merged unit: does it do what the unit asked (alignment), is the",
    "approach sound (approach), is it tested (tests)? Do not change any files.",
    "",
    "## Mission objective",
    input.objective.trim(),
    "",
    "## Unit",
    ...unitLines(input.unit),
    "",
    "## Diff",
    "```diff",
    diff,
    "```",
    "",
    "## Output contract",
    "End with exactly one line of this form (one JSON object on that line):",
    'REVIEW_RESULT: {"alignment": 8, "approach": 7, "tests": 6, "notes": "…"}',
    "Each score is a whole number from 1 (poor) to 10 (excellent).",
  ].join("\n");
}
