import { findMissionContext } from "@/lib/data/missions/find-mission-context";
import { appendUnitOutput, lastUnitOutputSeq } from "@/lib/data/missions/unit-output";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseWorkerResult } from "@/lib/mission/markers";
import { workerPrompt } from "@/lib/mission/prompts";
import { endOrphanedAgent } from "@/lib/agents/end-orphaned-agent";
import { git } from "@/lib/git/git";
import { commitLeftoverChanges } from "@/lib/git/commit-leftover-changes";
import { createUnitWorktree } from "@/lib/git/create-unit-worktree";
import { unitCommits } from "@/lib/git/unit-commits";
import { addMissionCost } from "@/lib/services/mission-run/add-mission-cost";
import { missionAgentProfile } from "@/lib/services/mission-run/mission-agent-profile";
import { missionRepository } from "@/lib/services/mission-run/mission-repository";
import { missionWorkspace } from "@/lib/services/mission-run/mission-workspace";
import { planningContext } from "@/lib/services/mission-run/planning-context";
import { agentFailureReason, runMissionAgent } from "@/lib/agents/run-agent";
import { batchedOutputWriter } from "@/lib/services/output/batched-output-writer";

const CANCEL_POLL_MS = 1_000;
const agentMarker = (unitId: string) => `MC_UNIT_ID=${unitId}`;
const DONE = ["completed", "failed", "blocked", "merged", "conflicted", "reverted", "cancelled"];

export type UnitOutcome = { status: string; reason: string | null };

/** Ends the unit unless something else (the mission's end) already did. */
async function finishUnit(unitId: string, data: Prisma.WorkUnitUpdateInput): Promise<UnitOutcome> {
  await getDb().workUnit.updateMany({
    where: { id: unitId, status: { in: ["pending", "running"] } },
    data: { ...(data as Prisma.WorkUnitUpdateManyMutationInput), finishedAt: new Date() },
  });
  const unit = await getDb().workUnit.findUniqueOrThrow({ where: { id: unitId } });
  return { status: unit.status, reason: unit.reason };
}

/**
 * Stage 4 for one unit: a worktree on `mc/unit/<id>` from green's head at dispatch, the worker
 * agent in it with its output streamed to the database, and the outcome from its MC_RESULT marker.
 * A unit whose step runs again after the runner died starts over in a fresh worktree.
 */
export async function runUnit(unitId: string): Promise<UnitOutcome> {
  const unit = await getDb().workUnit.findUniqueOrThrow({ where: { id: unitId } });
  if (DONE.includes(unit.status)) return { status: unit.status, reason: unit.reason };
  const mission = await findMissionContext(unit.missionId);
  if (!mission) throw new Error(`Mission ${unit.missionId} does not exist.`);
  const output = batchedOutputWriter(await lastUnitOutputSeq(unitId), (lines) =>
    appendUnitOutput(unitId, lines),
  );
  if (unit.status === "running") {
    output.push("system", "The runner stopped while this unit ran; running it again.");
    if (unit.agentPid && (await endOrphanedAgent(unit.agentPid, agentMarker(unitId))))
      output.push("system", `Ended the agent the runner left behind (process ${unit.agentPid}).`);
  }
  if (mission.cancelRequestedAt) {
    await output.close();
    return finishUnit(unitId, { status: "cancelled", reason: "the mission was cancelled" });
  }

  const workspace = missionWorkspace(mission);
  const repo = await missionRepository(workspace);
  const greenHead = await git(workspace.greenWorktree, ["rev-parse", "HEAD"]);
  const worktree = await createUnitWorktree({
    repo,
    worktreeRoot: workspace.worktreeRoot,
    unitId,
    fromCommit: greenHead,
  });
  await getDb().workUnit.update({
    where: { id: unitId },
    data: {
      status: "running",
      branch: worktree.branch,
      startedAt: new Date(),
      attempts: { increment: 1 },
    },
  });
  output.push(
    "system",
    `Worktree ${worktree.path} on ${worktree.branch} from ${greenHead.slice(0, 10)}`,
  );

  const context = await planningContext(unit.missionId);
  const profile = await missionAgentProfile(mission.agentProfileId);
  let recordPid: Promise<unknown> = Promise.resolve();
  const stop = new AbortController();
  const poll = setInterval(() => {
    void getDb()
      .mission.findUnique({ where: { id: unit.missionId }, select: { cancelRequestedAt: true } })
      .then((current) => {
        if (current?.cancelRequestedAt) stop.abort();
      });
  }, CANCEL_POLL_MS);
  const agent = await runMissionAgent({
    profile,
    prompt: workerPrompt({
      objective: mission.objective,
      unit: {
        key: unit.unitKey,
        title: unit.title,
        description: unit.description,
        files_hint: unit.filesHint,
        acceptance: unit.acceptance ?? "",
      },
      knowledge: context.knowledge,
      procedures: context.procedures,
    }),
    cwd: worktree.path,
    signal: stop.signal,
    env: { MC_UNIT_ID: unitId },
    onSpawn: (pid) => {
      // A lost pid only means an orphan is left to its timeout; it must not fail the unit.
      recordPid = getDb()
        .workUnit.update({ where: { id: unitId }, data: { agentPid: pid } })
        .then(
          () => undefined,
          () => undefined,
        );
    },
    onLine: (stream, line) => output.push(stream, line),
  }).finally(() => clearInterval(poll));
  await recordPid;
  await addMissionCost(unit.missionId, agent.result?.costUsd);

  const failure = agentFailureReason(agent, profile.timeoutSeconds * 1_000);
  if (failure) {
    output.push("system", `Unit ended: ${failure}`);
    await output.close();
    return finishUnit(unitId, {
      status: failure === "cancelled" ? "cancelled" : "failed",
      reason: failure,
      costUsd: agent.result?.costUsd ?? null,
    });
  }
  const parsed = parseWorkerResult(agent.text);
  if (!parsed.ok) {
    output.push("system", `Unit failed: ${parsed.reason}`);
    await output.close();
    return finishUnit(unitId, {
      status: "failed",
      reason: parsed.reason,
      costUsd: agent.result?.costUsd ?? null,
    });
  }
  const committed = await commitLeftoverChanges({
    worktree: worktree.path,
    message: `${unit.title} (changes the agent left uncommitted)`,
  });
  if (committed) output.push("system", "Committed changes the agent left uncommitted.");
  const changes = await unitCommits({ worktree: worktree.path, since: greenHead });
  const status = parsed.result.status;
  output.push("system", `Unit ${status}: ${parsed.result.summary}`);
  await output.close();
  return finishUnit(unitId, {
    status,
    reason: status === "completed" ? null : parsed.result.summary,
    headCommit: changes.head,
    result: {
      ...parsed.result,
      files: changes.files,
      commits: changes.commits,
      // As the agent reports them (estimates where it says so); the scripted agent reports zero.
      tokens: {
        input: agent.result?.inputTokens ?? null,
        output: agent.result?.outputTokens ?? null,
      },
    } as Prisma.InputJsonValue,
    costUsd: agent.result?.costUsd ?? null,
  });
}
