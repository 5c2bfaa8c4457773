import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findMissionContext } from "@/lib/data/missions/find-mission-context";
import { getDb } from "@/lib/db";
import type { WorkUnit } from "@/lib/generated/prisma/client";
import { git } from "@/lib/git/git";
import { mergeUnit } from "@/lib/git/merge-unit";
import { runVerification } from "@/lib/git/run-verification";
import { undoMerge } from "@/lib/git/undo-merge";
import { runFixupUnit } from "@/lib/services/mission-run/fix-up-unit";
import {
  type MissionWorkspace,
  missionWorkspace,
} from "@/lib/services/mission-run/mission-workspace";
import { withProjectLock } from "@/lib/services/mission-run/project-lock";

const VERIFY_TIMEOUT_MS = 10 * 60_000;
const OUTPUT_KEPT = 8_000;

export type MergeOutcome =
  | { status: "merged" | "conflicted" | "reverted" | "skipped"; detail?: string }
  | { status: "needs-approval"; linesChanged: number };

async function linesChanged(greenWorktree: string, branch: string) {
  const numstat = await git(greenWorktree, ["diff", "--numstat", `HEAD...${branch}`]);
  return numstat
    .split("\n")
    .filter(Boolean)
    .reduce((sum, line) => {
      const [added, removed] = line.split("\t");
      return sum + (Number(added) || 0) + (Number(removed) || 0);
    }, 0);
}

/**
 * Stage 5 for one completed unit, one merge at a time per project: merge into green, run the
 * verification command, and undo the merge when it turns green red. A unit that already has a
 * merge record is not merged again; a merge that happened before a crash is found by git.
 */
export async function mergeUnitStep(
  unitId: string,
  options: { approved?: boolean } = {},
): Promise<MergeOutcome> {
  const { missionId } = await getDb().workUnit.findUniqueOrThrow({ where: { id: unitId } });
  const mission = await findMissionContext(missionId);
  if (!mission) throw new Error(`Mission ${missionId} does not exist.`);
  const workspace = missionWorkspace(mission);

  return withProjectLock(mission.projectId, async () => {
    // Read under the lock: a merge of the same unit that ran first is seen here.
    const unit = await getDb().workUnit.findUniqueOrThrow({
      where: { id: unitId },
      include: { merge: true },
    });
    if (unit.merge) return { status: unit.merge.status as "merged" | "conflicted" | "reverted" };
    if (unit.status !== "completed" || !unit.branch) return { status: "skipped" };
    const branch = unit.branch;
    if (!options.approved && mission.approvalPolicy === "large-merges") {
      const lines = await linesChanged(workspace.greenWorktree, branch);
      if (lines > mission.largeMergeLines) return { status: "needs-approval", linesChanged: lines };
    }
    const merged = await mergeUnit({
      greenWorktree: workspace.greenWorktree,
      unitBranch: branch,
      message: `Merge ${branch}: ${unit.title}`,
    });
    if (merged.status === "empty") {
      await getDb().workUnit.update({
        where: { id: unitId },
        data: { status: "failed", reason: "nothing to merge: the unit changed no files" },
      });
      return { status: "skipped", detail: "nothing to merge" };
    }
    if (merged.status === "conflicted") {
      const reason = `merge conflict in ${merged.files.join(", ") || "the unit's files"}; branch ${branch} kept`;
      await recordMerge(unitId, mission.id, {
        status: "conflicted",
        unitStatus: "conflicted",
        reason,
      });
      return { status: "conflicted", detail: reason };
    }
    const commit = merged.commit;
    const lines = merged.status === "merged" ? merged.linesChanged : undefined;
    const verification = await runVerification({
      cwd: workspace.greenWorktree,
      command: workspace.verifyCommand,
      timeoutMs: VERIFY_TIMEOUT_MS,
    });
    if (!verification.passed && mission.fixupPolicy === "fixup") {
      const fixed = await tryFixup(unit, mission.id, workspace, verification.output);
      if (fixed) {
        await recordMerge(unitId, mission.id, {
          status: "merged",
          unitStatus: "merged",
          reason: `verification failed after the merge; fixed by "${fixed.title}"`,
          commit,
          lines,
          verification: fixed.verification,
        });
        return { status: "merged" };
      }
    }
    if (!verification.passed) {
      await undoMerge({ greenWorktree: workspace.greenWorktree, mergeCommit: commit });
      const reason = `verification failed after the merge, so it was undone${verification.timedOut ? " (timed out)" : ""}`;
      await recordMerge(unitId, mission.id, {
        status: "reverted",
        unitStatus: "reverted",
        reason,
        commit,
        lines,
        verification,
      });
      return { status: "reverted", detail: reason };
    }
    await recordMerge(unitId, mission.id, {
      status: "merged",
      unitStatus: "merged",
      commit,
      lines,
      verification,
    });
    return { status: "merged" };
  });
}

/**
 * Runs the fix-up unit on top of the red merge and merges it. Green passing after that keeps both
 * merges; otherwise the fix-up's merge is undone (the caller then undoes the unit's own).
 */
async function tryFixup(
  unit: WorkUnit,
  missionId: string,
  workspace: MissionWorkspace,
  failedOutput: string,
) {
  const { fixup, outcome } = await runFixupUnit(unit, failedOutput);
  const current = await getDb().workUnit.findUniqueOrThrow({ where: { id: fixup.id } });
  if (outcome.status !== "completed" || !current.branch) return null;
  const merged = await mergeUnit({
    greenWorktree: workspace.greenWorktree,
    unitBranch: current.branch,
    message: `Merge ${current.branch}: ${current.title}`,
  });
  if (merged.status === "empty") {
    await getDb().workUnit.update({
      where: { id: fixup.id },
      data: { status: "failed", reason: "the fix-up changed nothing" },
    });
    return null;
  }
  if (merged.status === "conflicted") {
    await recordMerge(fixup.id, missionId, {
      status: "conflicted",
      unitStatus: "conflicted",
      reason: "the fix-up did not merge cleanly",
    });
    return null;
  }
  const verification = await runVerification({
    cwd: workspace.greenWorktree,
    command: workspace.verifyCommand,
    timeoutMs: VERIFY_TIMEOUT_MS,
  });
  if (!verification.passed) {
    await undoMerge({ greenWorktree: workspace.greenWorktree, mergeCommit: merged.commit });
    await recordMerge(fixup.id, missionId, {
      status: "reverted",
      unitStatus: "reverted",
      reason: "the fix-up did not make the verification pass",
      commit: merged.commit,
      verification,
    });
    return null;
  }
  await recordMerge(fixup.id, missionId, {
    status: "merged",
    unitStatus: "merged",
    commit: merged.commit,
    verification,
  });
  return { title: current.title, verification };
}

async function recordMerge(
  unitId: string,
  missionId: string,
  merge: {
    status: string;
    unitStatus: string;
    reason?: string;
    commit?: string;
    lines?: number;
    verification?: { passed: boolean; output: string };
  },
) {
  await getDb().$transaction(async (tx) => {
    await tx.merge.create({
      data: {
        unitId,
        missionId,
        status: merge.status,
        mergeCommit: merge.commit,
        linesChanged: merge.lines,
        verificationPassed: merge.verification?.passed,
        verificationOutput: merge.verification?.output.slice(-OUTPUT_KEPT),
      },
    });
    await tx.workUnit.update({
      where: { id: unitId },
      data: { status: merge.unitStatus, reason: merge.reason ?? null },
    });
    if (merge.status === "merged")
      await tx.mission.update({ where: { id: missionId }, data: { greenHead: merge.commit } });
    await insertAuditEntry(tx, {
      operation: `merge_unit_${merge.status}`,
      targetType: "work_unit",
      targetId: unitId,
      details: { commit: merge.commit ?? null, reason: merge.reason ?? null },
    });
  });
}
