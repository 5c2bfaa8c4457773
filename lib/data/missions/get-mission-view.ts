import { NO_AGENT_USAGE } from "@/lib/data/agent-runs/agent-usage";
import { listMissionAgentUsage } from "@/lib/data/agent-runs/list-mission-agent-usage";
import { listMissionBatches } from "@/lib/data/merge-train/list-mission-batches";
import {
  deliberationSchema,
  planSchema,
  reviewSchema,
  signalsSchema,
} from "@/lib/data/missions/mission-json";
import { getDb } from "@/lib/db";
import type { BatchVerification } from "@/lib/mission/merge-train";
import { FINISHED_MISSION_STATUSES, UNIT_DONE_STATUSES } from "@/lib/validation/missions";

// Verification output is kept whole in the table; the live view carries its end only.
const VERIFICATION_TAIL_CHARS = 20_000;

type OutputLine = { seq: number; stream: string; line: string };

const iso = (value: Date | null) => value?.toISOString() ?? null;

function tailOf(text: string | null) {
  if (!text || text.length <= VERIFICATION_TAIL_CHARS) return text;
  return `…${text.slice(-VERIFICATION_TAIL_CHARS)}`;
}

function resultSummaryOf(result: unknown) {
  const summary = (result as { summary?: unknown } | null)?.summary;
  return typeof summary === "string" ? summary : null;
}

async function outputTails(missionId: string, tail: number) {
  const rows = await getDb().$queryRaw<(OutputLine & { unit_id: string })[]>`
    SELECT t.unit_id, t.seq, t.stream, t.line
      FROM claude_mission_control.work_units w
     CROSS JOIN LATERAL (
       SELECT o.unit_id, o.seq, o.stream, o.line
         FROM claude_mission_control.unit_output o
        WHERE o.unit_id = w.unit_id
        ORDER BY o.seq DESC
        LIMIT ${tail}) t
     WHERE w.mission_id = ${missionId}::uuid
     ORDER BY t.unit_id, t.seq`;
  const byUnit = new Map<string, OutputLine[]>();
  for (const { unit_id, ...line } of rows)
    byUnit.set(unit_id, [...(byUnit.get(unit_id) ?? []), line]);
  return byUnit;
}

/**
 * Everything the mission page shows, as plain JSON (dates as ISO strings), so the server render and
 * the polled API answer are the same value. `outputTail` adds each unit's last output lines.
 */
export async function getMissionView(missionId: string, options: { outputTail?: number } = {}) {
  const mission = await getDb().mission.findUnique({
    where: { id: missionId },
    include: {
      project: { select: { name: true } },
      createdBy: { select: { name: true } },
      parent: { select: { id: true, objective: true, status: true } },
      children: {
        select: { id: true, objective: true, status: true },
        orderBy: { createdAt: "asc" },
      },
      rounds: { orderBy: { roundNumber: "asc" } },
      units: { orderBy: [{ round: { roundNumber: "asc" } }, { position: "asc" }] },
      merges: {
        orderBy: { createdAt: "asc" },
        include: { unit: { select: { title: true, unitKey: true } } },
      },
      approvals: {
        orderBy: { requestedAt: "asc" },
        include: { decidedBy: { select: { name: true } } },
      },
    },
  });
  if (!mission) return null;
  const [tails, usage, batches] = await Promise.all([
    options.outputTail ? outputTails(missionId, options.outputTail) : undefined,
    listMissionAgentUsage(missionId),
    listMissionBatches(missionId),
  ]);
  const unitById = new Map(mission.units.map((unit) => [unit.id, unit]));
  const roundNumber = new Map(mission.rounds.map((round) => [round.id, round.roundNumber]));
  const now = Date.now();
  const units = mission.units.map((unit) => ({
    id: unit.id,
    roundNumber: roundNumber.get(unit.roundId) ?? 0,
    key: unit.unitKey,
    title: unit.title,
    description: unit.description,
    filesHint: unit.filesHint,
    dependsOn: unit.dependsOn,
    acceptance: unit.acceptance,
    layer: unit.layer,
    status: unit.status,
    reason: unit.reason,
    branch: unit.branch,
    headCommit: unit.headCommit,
    attempts: unit.attempts,
    costUsd: unit.costUsd,
    usage: usage.byUnit[unit.id] ?? NO_AGENT_USAGE,
    resultSummary: resultSummaryOf(unit.result),
    startedAt: iso(unit.startedAt),
    finishedAt: iso(unit.finishedAt),
    outputTail: tails?.get(unit.id) ?? [],
  }));
  return {
    mission: {
      id: mission.id,
      objective: mission.objective,
      status: mission.status,
      finished: FINISHED_MISSION_STATUSES.includes(mission.status),
      projectId: mission.projectId,
      projectName: mission.project.name,
      workers: mission.workers,
      maxRounds: mission.maxRounds,
      wallTimeMinutes: mission.wallTimeMinutes,
      budgetUsd: mission.budgetUsd,
      agentProfileId: mission.agentProfileId,
      approvalPolicy: mission.approvalPolicy,
      largeMergeLines: mission.largeMergeLines,
      fixupPolicy: mission.fixupPolicy,
      mergeBatchSize: mission.mergeBatchSize,
      chain: mission.chain,
      startCommit: mission.startCommit,
      greenHead: mission.greenHead,
      costUsd: mission.costUsd,
      stopReason: mission.stopReason,
      resultSummary: mission.resultSummary,
      stateSummary: mission.stateSummary,
      cancelRequestedAt: iso(mission.cancelRequestedAt),
      createdBy: mission.createdBy?.name ?? null,
      createdAt: mission.createdAt.toISOString(),
      startedAt: iso(mission.startedAt),
      finishedAt: iso(mission.finishedAt),
    },
    /** Tokens and cost of every agent run of the mission, from `agent_runs`. */
    usage: usage.total,
    parent: mission.parent,
    children: mission.children,
    progress: {
      total: units.length,
      done: units.filter((unit) => UNIT_DONE_STATUSES.includes(unit.status)).length,
      merged: units.filter((unit) => unit.status === "merged").length,
      running: units.filter((unit) => unit.status === "running").length,
    },
    rounds: mission.rounds.map((round) => ({
      id: round.id,
      number: round.roundNumber,
      status: round.status,
      deliberation: deliberationSchema.parse(round.deliberation),
      plan: planSchema.parse(round.plan),
      signals: signalsSchema.parse(round.signals),
      createdAt: round.createdAt.toISOString(),
      finishedAt: iso(round.finishedAt),
    })),
    units,
    merges: mission.merges.map((merge) => ({
      id: merge.id,
      unitId: merge.unitId,
      unitTitle: merge.unit.title,
      unitKey: merge.unit.unitKey,
      status: merge.status,
      mergeCommit: merge.mergeCommit,
      linesChanged: merge.linesChanged,
      verificationPassed: merge.verificationPassed,
      verificationOutput: tailOf(merge.verificationOutput),
      review: reviewSchema.parse(merge.review),
      createdAt: merge.createdAt.toISOString(),
    })),
    batches: batches.map((batch) => {
      const named = (ids: string[]) =>
        ids.map((id) => {
          const unit = unitById.get(id);
          return { id, key: unit?.unitKey ?? id, title: unit?.title ?? id };
        });
      return {
        id: batch.id,
        position: batch.position,
        size: batch.size,
        status: batch.status,
        units: named(batch.unitIds),
        landed: named(batch.landedUnitIds),
        blamed: named(batch.blamedUnitIds),
        conflicted: named(batch.conflictedUnitIds),
        requeued: named(batch.requeuedUnitIds),
        verifications: (batch.verifications as BatchVerification[]).map((run) => ({
          units: run.units,
          without: run.without ?? null,
          passed: run.passed,
          durationMs: run.durationMs,
        })),
        landedCommit: batch.landedCommit,
        createdAt: batch.createdAt.toISOString(),
        finishedAt: iso(batch.finishedAt),
      };
    }),
    approvals: mission.approvals.map((approval) => ({
      id: approval.id,
      kind: approval.kind,
      status: approval.status,
      summary: approval.summary,
      requestedAt: approval.requestedAt.toISOString(),
      timeoutAt: approval.timeoutAt.toISOString(),
      expired: approval.status === "pending" && approval.timeoutAt.getTime() <= now,
      decidedAt: iso(approval.decidedAt),
      decidedBy: approval.decidedBy?.name ?? null,
    })),
  };
}

export type MissionView = NonNullable<Awaited<ReturnType<typeof getMissionView>>>;
export type MissionUnitView = MissionView["units"][number];
export type MissionRoundView = MissionView["rounds"][number];
export type MergeView = MissionView["merges"][number];
export type MergeBatchView = MissionView["batches"][number];
export type ApprovalView = MissionView["approvals"][number];
