import type { TrainUnit } from "@/lib/data/merge-train/find-train-units";
import { linesChanged } from "@/lib/git/lines-changed";
import { mergeOnto } from "@/lib/git/merge-onto";

/** A unit merged onto the candidate before it: the commit that holds it and all before it. */
export type Link = { unit: TrainUnit; commit: string; tree: string; lines: number };

/**
 * Merges `units` one on another from `base` (with `merge-tree`, no worktree), at `date` so the
 * same inputs make the same commits. A unit that conflicts or adds nothing is left out, named.
 */
export async function buildChain(input: {
  repo: string;
  base: string;
  baseTree?: string;
  units: TrainUnit[];
  date: Date;
}) {
  const chain: Link[] = [];
  const conflicted: { unit: TrainUnit; files: string[] }[] = [];
  const empty: TrainUnit[] = [];
  let tip = input.base;
  let tipTree = input.baseTree;
  for (const unit of input.units) {
    if (!unit.headCommit) {
      empty.push(unit);
      continue;
    }
    const merged = await mergeOnto({
      repo: input.repo,
      base: tip,
      baseTree: tipTree,
      unitHead: unit.headCommit,
      message: `Merge ${unit.branch}: ${unit.title}`,
      date: input.date,
    });
    if (merged.status === "empty") empty.push(unit);
    else if (merged.status === "conflicted") conflicted.push({ unit, files: merged.files });
    else {
      const lines = await linesChanged(input.repo, tip, merged.commit);
      chain.push({ unit, commit: merged.commit, tree: merged.tree, lines });
      tip = merged.commit;
      tipTree = merged.tree;
    }
  }
  return { chain, conflicted, empty };
}
