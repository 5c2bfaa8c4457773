import { unitAgentEnv } from "@/lib/agents/agent-run-env";
import { CLAUDE_ALLOWED_TOOLS } from "@/lib/agents/clis/claude-code-cli";
import { endOrphanedAgent } from "@/lib/agents/end-orphaned-agent";
import { agentFailureReason, runAgent } from "@/lib/agents/run-agent";
import { endUnitIfOpen, type UnitEnding } from "@/lib/data/missions/end-unit-if-open";
import { findMissionCancelRequest } from "@/lib/data/missions/find-mission-cancel-request";
import { findMissionContext } from "@/lib/data/missions/find-mission-context";
import { findUnit } from "@/lib/data/missions/find-unit";
import { markUnitRunning } from "@/lib/data/missions/mark-unit-running";
import { recordUnitAgentPid } from "@/lib/data/missions/record-unit-agent-pid";
import { appendUnitOutput, lastUnitOutputSeq } from "@/lib/data/missions/unit-output";
import { commitLeftoverChanges } from "@/lib/git/commit-leftover-changes";
import { createUnitWorktree } from "@/lib/git/create-unit-worktree";
import { discardWorktree } from "@/lib/git/discard-worktree";
import { git } from "@/lib/git/git";
import { unitCommits } from "@/lib/git/unit-commits";
import { parseWorkerResult } from "@/lib/mission/markers";
import { workerPrompt } from "@/lib/mission/prompts";
import {
  type UnitEnd,
  unitEndAfterAgentFailure,
  unitEndFromWorkerResult,
  unitRunIsOver,
} from "@/lib/mission/unit-outcome";
import { recordAgentRun } from "@/lib/services/agent-usage/record-agent-run";
import { readAgentApiKey } from "@/lib/services/agents/read-agent-api-key";
import { missionAgentProfile } from "@/lib/services/mission-run/mission-agent-profile";
import { missionRepository } from "@/lib/services/mission-run/mission-repository";
import { missionWorkspace } from "@/lib/services/mission-run/mission-workspace";
import { planningContext } from "@/lib/services/mission-run/planning-context";
import { notifyNow } from "@/lib/services/notifications/notify";
import { batchedOutputWriter } from "@/lib/services/output/batched-output-writer";

const CANCEL_POLL_MS = 1_000;

/** Where a unit ended; `askToAllow` names the tools to ask a person for (`ask` policy). */
export type UnitRunEnd = UnitEnd & { askToAllow?: { tools: string[]; refused: string[] } };

/** Ends the unit unless something else (the mission's end) already did; returns where it ended. */
async function finishUnit(unitId: string, ending: UnitEnding): Promise<UnitEnd> {
  await endUnitIfOpen(unitId, ending);
  const unit = await findUnit(unitId);
  return { status: unit.status, reason: unit.reason };
}

/**
 * Stage 4 for one unit: a worktree on `mc/unit/<id>` from green's head at dispatch (or from
 * `fromCommit`: a fix-up starts on the candidate it must fix), the worker agent in it with its
 * output streamed to the database, and the outcome from its MC_RESULT marker. A unit whose step
 * runs again after the runner died starts over in a fresh worktree.
 */
export async function runUnit(
  unitId: string,
  options: { fromCommit?: string } = {},
): Promise<UnitRunEnd> {
  const unit = await findUnit(unitId);
  if (unitRunIsOver(unit.status)) return { status: unit.status, reason: unit.reason };
  const mission = await findMissionContext(unit.missionId);
  if (!mission) throw new Error(`Mission ${unit.missionId} does not exist.`);
  const output = batchedOutputWriter(await lastUnitOutputSeq(unitId), (lines) =>
    appendUnitOutput(unitId, lines),
  );
  if (unit.status === "running") {
    output.push("system", "The runner stopped while this unit ran; running it again.");
    if (unit.agentPid && (await endOrphanedAgent(unit.agentPid, unitAgentEnv(unitId))))
      output.push("system", `Ended the agent the runner left behind (process ${unit.agentPid}).`);
  }
  if (mission.cancelRequestedAt) {
    await output.close();
    return finishUnit(unitId, { status: "cancelled", reason: "the mission was cancelled" });
  }

  const profile = await missionAgentProfile(mission.agentProfileId);
  const key = await readAgentApiKey(profile.id);
  if (!key.ok) {
    output.push("system", `Unit ended: ${key.reason}`);
    await output.close();
    return finishUnit(unitId, { status: "failed", reason: key.reason });
  }

  const workspace = missionWorkspace(mission);
  const repo = await missionRepository(workspace);
  const greenHead =
    options.fromCommit ?? (await git(repo, ["rev-parse", `refs/heads/${workspace.greenBranch}`]));
  const worktree = await createUnitWorktree({
    repo,
    worktreeRoot: workspace.worktreeRoot,
    unitId,
    fromCommit: greenHead,
  });
  await markUnitRunning(unitId, worktree.branch);
  output.push(
    "system",
    `Worktree ${worktree.path} on ${worktree.branch} from ${greenHead.slice(0, 10)}`,
  );

  const context = await planningContext(unit.missionId);
  let recordPid: Promise<unknown> = Promise.resolve();
  const stop = new AbortController();
  const poll = setInterval(() => {
    void findMissionCancelRequest(unit.missionId).then((current) => {
      if (current?.cancelRequestedAt) stop.abort();
    });
  }, CANCEL_POLL_MS);
  const agent = await runAgent({
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
    apiKey: key.apiKey,
    allowTools: unit.allowedTools,
    signal: stop.signal,
    env: unitAgentEnv(unitId),
    onSpawn: (pid) => {
      // A lost pid only means an orphan is left to its timeout; it must not fail the unit.
      recordPid = recordUnitAgentPid(unitId, pid).then(
        () => undefined,
        () => undefined,
      );
    },
    onLine: (stream, line) => output.push(stream, line),
  }).finally(() => clearInterval(poll));
  await recordPid;
  await recordAgentRun(
    { projectId: mission.projectId, missionId: unit.missionId, unitId, role: "worker" },
    profile,
    agent,
  );
  const costUsd = agent.report.costUsd;
  // Once the agent is done, the unit lives on in its branch: the worktree goes now, not with the
  // mission's other cleanup at the end.
  const leaveWorktree = () => discardWorktree(repo, worktree.path);

  const failure = agentFailureReason(agent, profile.timeoutSeconds * 1_000);
  if (failure) {
    output.push("system", `Unit ended: ${failure}`);
    await output.close();
    const end = await finishUnit(unitId, { ...unitEndAfterAgentFailure(failure), costUsd });
    await leaveWorktree();
    if (agent.permissionPrompt)
      await notifyNow({
        kind: "needs_input",
        key: `input:${unitId}`,
        summary: `Unit “${unit.title}” ${failure}`,
        missionId: unit.missionId,
        unitId,
      });
    const refused = agent.report.deniedTools;
    // Only Claude Code takes more allowed tools; asking is pointless when none would be new.
    const tools = [...new Set(refused.map((denied) => denied.split(":")[0] ?? denied))].filter(
      (tool) =>
        !CLAUDE_ALLOWED_TOOLS.split(",").includes(tool) && !unit.allowedTools.includes(tool),
    );
    const ask = mission.toolRefusedPolicy === "ask" && profile.kind === "claude-code";
    if (!ask || !tools.length || end.status !== "failed") return end;
    return { ...end, askToAllow: { tools, refused } };
  }
  const parsed = parseWorkerResult(agent.text);
  if (!parsed.ok) {
    output.push("system", `Unit failed: ${parsed.reason}`);
    await output.close();
    await leaveWorktree();
    return finishUnit(unitId, {
      status: "failed",
      reason: parsed.reason,
      costUsd,
    });
  }
  const committed = await commitLeftoverChanges({
    worktree: worktree.path,
    message: `${unit.title} (changes the agent left uncommitted)`,
  });
  if (committed) output.push("system", "Committed changes the agent left uncommitted.");
  const changes = await unitCommits({ worktree: worktree.path, since: greenHead });
  output.push("system", `Unit ${parsed.result.status}: ${parsed.result.summary}`);
  await output.close();
  await leaveWorktree();
  return finishUnit(unitId, {
    ...unitEndFromWorkerResult(parsed.result),
    headCommit: changes.head,
    result: {
      ...parsed.result,
      files: changes.files,
      commits: changes.commits,
      // As the agent reports them; the cost is the CLI's own figure or a price-table estimate.
      tokens: { input: agent.report.inputTokens, output: agent.report.outputTokens },
      costSource: agent.report.costSource,
    },
    costUsd,
  });
}
