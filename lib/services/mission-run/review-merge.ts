import { findMissionContext } from "@/lib/data/missions/find-mission-context";
import { findUnitMerge } from "@/lib/data/missions/find-unit-merge";
import { recordMergeReview } from "@/lib/data/missions/record-merge-review";
import { diffOfMerge } from "@/lib/git/diff-of-merge";
import { parseReviewResult } from "@/lib/mission/markers";
import { reviewerPrompt } from "@/lib/mission/prompts";
import { askMissionAgent } from "@/lib/services/mission-run/ask-mission-agent";
import { missionWorkspace } from "@/lib/services/mission-run/mission-workspace";

const DIFF_CHARS = 20_000;

/** The diff review after a merge: scores stored on the merge, never blocking it. */
export async function reviewMerge(unitId: string) {
  const merge = await findUnitMerge(unitId);
  if (merge?.status !== "merged" || merge.review || !merge.mergeCommit)
    return merge?.review ?? null;
  const mission = await findMissionContext(merge.missionId);
  if (!mission) return null;
  const workspace = missionWorkspace(mission);
  const diff = await diffOfMerge({
    greenWorktree: workspace.greenWorktree,
    mergeCommit: merge.mergeCommit,
    maxChars: DIFF_CHARS,
  });
  const prompt = reviewerPrompt({
    objective: mission.objective,
    unit: { key: merge.unit.unitKey, title: merge.unit.title, description: merge.unit.description },
    diff,
  });
  const { parsed } = await askMissionAgent(mission, "reviewer", prompt, parseReviewResult);
  const review = parsed.ok ? parsed.result : { error: parsed.reason };
  await recordMergeReview(merge.id, review);
  return review;
}
