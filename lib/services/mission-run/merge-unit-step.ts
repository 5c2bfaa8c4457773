import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findMissionContext } from "@/lib/data/missions/find-mission-context";
import { findUnit, type WorkUnit } from "@/lib/data/missions/find-unit";
import { findUnitWithMerge } from "@/lib/data/missions/find-unit-with-merge";
import { insertMerge } from "@/lib/data/missions/insert-merge";
import { updateGreenHead } from "@/lib/data/missions/update-green-head";
import { updateUnitStatus } from "@/lib/data/missions/update-unit-status";
import { updateUnitStatusInTransaction } from "@/lib/data/missions/update-unit-status-in-transaction";
import { inTransaction } from "@/lib/data/transaction";
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
import { notify } from "@/lib/services/notifications/notify";

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
  const { missionId } = await findUnit(unitId);
  const mission = await findMissionContext(missionId);
  if (!mission) throw new Error(`Mission ${missionId} does not exist.`);
  const workspace = missionWorkspace(mission);

  return withProjectLock(mission.projectId, async () => {
    // Read under the lock: a merge of the same unit that ran first is seen here.
    const unit = await findUnitWithMerge(unitId);
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
      await updateUnitStatus(unitId, {
        status: "failed",
        reason: "nothing to merge: the unit changed no files",
      });
      return { status: "skipped", detail: "nothing to merge" };
    }
    if (merged.status === "conflicted") {
      const reason = `merge conflict in ${merged.files.join(", ") || "the unit's files"}; branch ${branch} kept`;
      await recordMerge(unitId, mission.id, {
        status: "conflicted",
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
        reason,
        commit,
        lines,
        verification,
      });
      return { status: "reverted", detail: reason };
    }
    await recordMerge(unitId, mission.id, {
      status: "merged",
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
  const current = await findUnit(fixup.id);
  if (outcome.status !== "completed" || !current.branch) return null;
  const merged = await mergeUnit({
    greenWorktree: workspace.greenWorktree,
    unitBranch: current.branch,
    message: `Merge ${current.branch}: ${current.title}`,
  });
  if (merged.status === "empty") {
    await updateUnitStatus(fixup.id, { status: "failed", reason: "the fix-up changed nothing" });
    return null;
  }
  if (merged.status === "conflicted") {
    await recordMerge(fixup.id, missionId, {
      status: "conflicted",
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
      reason: "the fix-up did not make the verification pass",
      commit: merged.commit,
      verification,
    });
    return null;
  }
  await recordMerge(fixup.id, missionId, {
    status: "merged",
    commit: merged.commit,
    verification,
  });
  return { title: current.title, verification };
}

/** The merge's record; the unit takes the merge's status, and a merge moves green's head. */
async function recordMerge(
  unitId: string,
  missionId: string,
  merge: {
    status: "merged" | "conflicted" | "reverted";
    reason?: string;
    commit?: string;
    lines?: number;
    verification?: { passed: boolean; output: string };
  },
) {
  await inTransaction(async (tx) => {
    await insertMerge(tx, {
      unitId,
      missionId,
      status: merge.status,
      mergeCommit: merge.commit,
      linesChanged: merge.lines,
      verificationPassed: merge.verification?.passed,
      verificationOutput: merge.verification?.output.slice(-OUTPUT_KEPT),
    });
    await updateUnitStatusInTransaction(tx, unitId, {
      status: merge.status,
      reason: merge.reason ?? null,
    });
    if (merge.status === "merged") await updateGreenHead(tx, missionId, merge.commit);
    await insertAuditEntry(tx, {
      operation: `merge_unit_${merge.status}`,
      targetType: "work_unit",
      targetId: unitId,
      details: { commit: merge.commit ?? null, reason: merge.reason ?? null },
    });
    if (merge.status !== "merged")
      await notify(tx, {
        kind: merge.status === "conflicted" ? "conflict" : "verification_failed",
        key: `merge:${unitId}`,
        summary: merge.reason ?? merge.status,
        missionId,
        unitId,
      });
  });
}
