import type { MergeBatchRow } from "@/lib/data/merge-train/find-open-merge-batch";
import { findTrainUnits } from "@/lib/data/merge-train/find-train-units";
import { finishMergeBatch } from "@/lib/data/merge-train/finish-merge-batch";
import { recordBatchVerifications } from "@/lib/data/merge-train/record-batch-verifications";
import type { MissionContext } from "@/lib/data/missions/find-mission-context";
import { findUnit } from "@/lib/data/missions/find-unit";
import { updateGreenHead } from "@/lib/data/missions/update-green-head";
import { updateUnitStatusInTransaction } from "@/lib/data/missions/update-unit-status-in-transaction";
import { inTransaction } from "@/lib/data/transaction";
import { landOnGreen } from "@/lib/git/land-on-green";
import { linesChanged } from "@/lib/git/lines-changed";
import { mergeOnto } from "@/lib/git/merge-onto";
import { runVerification } from "@/lib/git/run-verification";
import { checkoutVerifyWorktree } from "@/lib/git/verify-worktree";
import {
  type BatchVerification,
  bisectionPoints,
  narrowBisection,
} from "@/lib/mission/merge-train";
import { runFixupUnit } from "@/lib/services/mission-run/fix-up-unit";
import type { MissionWorkspace } from "@/lib/services/mission-run/mission-workspace";
import { type MergeRecord, recordMerge } from "@/lib/services/mission-run/record-merge";
import { buildChain, type Link } from "@/lib/services/mission-run/train-chain";

const VERIFY_TIMEOUT_MS = 10 * 60_000;
const OUTPUT_KEPT = 4_000;

export type TrainContext = {
  mission: MissionContext;
  workspace: MissionWorkspace;
  repo: string;
  /** How many candidates a bisection verifies at once, each in its own verify worktree. */
  parallel: number;
};

type Verified = BatchVerification & { cancelled?: boolean };

/** Units landed on green by the batch, and those after a blamed unit, to go in the next batch. */
export type BatchOutcome = { landed: string[]; requeued: string[] };

/**
 * One batch of the merge train. Its units are merged onto green's head in order, each on the
 * one before (a chain of candidate commits, made without a worktree and the same again when a
 * resumed batch makes them), and the whole chain is verified once (beside it, the first prefixes
 * a bisection would need, stopped when the chain passes). Green then fast-forwards to it. A red
 * batch is bisected over its prefixes (several at once, `parallel`) down to the first
 * unit whose prefix fails: the prefix before it lands, that unit is blamed (or gets a fix-up, by
 * policy), and the units after it go back to the train. Green only ever moves to a candidate
 * that passed. A conflict keeps the unit's branch and leaves it out of the chain.
 */
export async function runTrainBatch(
  context: TrainContext,
  batch: MergeBatchRow,
): Promise<BatchOutcome> {
  const { mission, workspace, repo } = context;
  const built = await buildChain({
    repo,
    base: batch.baseCommit,
    units: await findTrainUnits(batch.unitIds),
    date: batch.createdAt,
  });
  const { chain } = built;
  const empty = built.empty.map((unit) => unit.id);
  const conflicted: MergeRecordFor[] = built.conflicted.map(({ unit, files }) => ({
    unitId: unit.id,
    record: {
      status: "conflicted",
      reason: `merge conflict in ${files.join(", ") || "the unit's files"}; branch ${unit.branch} kept`,
    },
  }));

  const verify = verifier(context, batch);
  let good = 0;
  let bad = chain.length;
  let full: Verified | null = null;
  if (chain.length) {
    // The whole chain, and beside it the first bisection's prefixes: a red batch has them at
    // once, and a green one stops them as soon as it has passed.
    const speculative = new AbortController();
    const whole = verify.prefix(chain, chain.length, 0).then((result) => {
      if (result.passed) speculative.abort();
      return result;
    });
    const spread = bisectionPoints(0, chain.length, context.parallel - 1).map((units, index) =>
      verify.prefix(chain, units, index + 1, speculative.signal),
    );
    const [result, ...prefixes] = await Promise.all([whole, ...spread]);
    full = result;
    if (full.passed) good = chain.length;
    else
      ({ good, bad } = narrowBisection(
        0,
        chain.length,
        prefixes.filter((prefix) => !prefix.cancelled),
      ));
  }
  const rests = new Map<number, Link[]>();
  while (bad - good > 1 && !full?.passed) {
    const points = bisectionPoints(good, bad, context.parallel);
    // When the culprit is one of few, the rest of the batch is also verified without each of
    // them, so that the rest lands in this round whichever one it is.
    const spare = context.parallel - points.length;
    const speculate = mission.fixupPolicy !== "fixup" && bad < chain.length && bad - good <= spare;
    const culprits = speculate ? range(good + 1, bad) : [];
    const [results] = await Promise.all([
      Promise.all(points.map((units, slot) => verify.prefix(chain, units, slot))),
      ...culprits.map(async (culprit, index) => {
        const rest = await restWithout(context, batch, chain, culprit);
        if (!rest) return;
        rests.set(culprit, rest);
        await verify.prefix(rest, rest.length, points.length + index, undefined, culprit);
      }),
    ]);
    ({ good, bad } = narrowBisection(good, bad, results));
  }

  const records: MergeRecordFor[] = [...conflicted];
  const passing = good === chain.length ? full : verify.result(chain[good - 1]?.tree);
  for (const link of chain.slice(0, good)) records.push(landedRecord(link, passing, batch.id));
  let landTo = good ? chain[good - 1].commit : null;
  const blamed = full && !full.passed ? chain[bad - 1] : undefined;
  if (blamed) {
    const failing = verify.result(blamed.tree) as Verified;
    const fixed =
      mission.fixupPolicy === "fixup" ? await fixUp(context, batch, blamed, failing) : null;
    records.push(...(fixed?.records ?? []));
    if (fixed?.commit) landTo = fixed.commit;
    else
      records.push({
        unitId: blamed.unit.id,
        record: {
          status: "reverted",
          reason: blameReason(batch, failing),
          commit: blamed.commit,
          lines: blamed.lines,
          verification: failing,
          batchId: batch.id,
        },
      });
  }
  const rest = blamed ? rests.get(bad) : undefined;
  const restPassed = rest ? verify.result(rest.at(-1)?.tree) : undefined;
  if (rest && restPassed?.passed) {
    for (const link of rest) records.push(landedRecord(link, restPassed, batch.id));
    landTo = rest.at(-1)?.commit ?? landTo;
  }
  const landedIds = new Set(records.map((entry) => entry.unitId));
  const requeued = blamed
    ? chain
        .slice(bad)
        .filter((link) => !landedIds.has(link.unit.id))
        .map((link) => link.unit.id)
    : [];

  if (landTo)
    await landOnGreen({
      repo,
      greenBranch: workspace.greenBranch,
      from: batch.baseCommit,
      to: landTo,
      message: `mission control: merge batch #${batch.position}`,
    });
  const landed = records.filter((entry) => entry.record.status === "merged").map((e) => e.unitId);
  await inTransaction(async (tx) => {
    for (const { unitId, record } of records) await recordMerge(tx, unitId, mission.id, record);
    for (const unitId of empty)
      await updateUnitStatusInTransaction(tx, unitId, {
        status: "failed",
        reason: "nothing to merge: the unit changed no files",
      });
    if (landTo) await updateGreenHead(tx, mission.id, landTo);
    await finishMergeBatch(tx, batch.id, {
      status: blamed ? "bisected" : landTo ? "landed" : "empty",
      landedCommit: landTo,
      landedUnitIds: landed,
      blamedUnitIds: blamed ? [blamed.unit.id] : [],
      conflictedUnitIds: conflicted.map((entry) => entry.unitId),
      requeuedUnitIds: requeued,
    });
  });
  return { landed, requeued };
}

type MergeRecordFor = { unitId: string; record: MergeRecord };

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

/**
 * The units after `culprit` (a 1-based position in the chain) merged on the candidate just
 * before it: what lands if that unit is the one to blame. Null when one of them does not merge
 * cleanly there.
 */
async function restWithout(
  context: TrainContext,
  batch: MergeBatchRow,
  chain: Link[],
  culprit: number,
) {
  const before = chain[culprit - 2];
  const built = await buildChain({
    repo: context.repo,
    base: before?.commit ?? batch.baseCommit,
    baseTree: before?.tree,
    units: chain.slice(culprit).map((link) => link.unit),
    date: batch.createdAt,
  });
  return built.conflicted.length || built.empty.length ? null : built.chain;
}

function landedRecord(link: Link, verification: Verified | null | undefined, batchId: string) {
  return {
    unitId: link.unit.id,
    record: {
      status: "merged" as const,
      commit: link.commit,
      lines: link.lines,
      verification: verification ?? undefined,
      batchId,
    },
  };
}

function blameReason(batch: MergeBatchRow, failing: Verified) {
  const reason = `verification failed after the merge, so it was undone${failing.timedOut ? " (timed out)" : ""}`;
  if (batch.unitIds.length === 1) return reason;
  return `${reason}: bisecting merge batch #${batch.position} (${batch.unitIds.length} units) blamed this unit`;
}

/**
 * Verifications of one batch's candidates, each kept on the batch as it ends: a resumed batch
 * makes the same candidates again and reads their results instead of running them again.
 */
function verifier(context: TrainContext, batch: MergeBatchRow) {
  const done = [...((batch.verifications ?? []) as Verified[])];
  let saved = Promise.resolve();
  const result = (tree: string | undefined) => done.find((entry) => entry.tree === tree);
  async function prefix(
    chain: Link[],
    units: number,
    slot: number,
    signal?: AbortSignal,
    without?: number,
  ): Promise<Verified> {
    const link = chain[units - 1];
    const known = result(link.tree);
    if (known) return known;
    const started = Date.now();
    const verification = await verifyCommit(context, link.commit, slot, signal);
    // Stopped because it was no longer needed: no result to keep.
    if (verification.cancelled)
      return { ...verification, units, tree: link.tree, durationMs: Date.now() - started };
    const entry = {
      units,
      ...(without ? { without } : {}),
      tree: link.tree,
      passed: verification.passed,
      timedOut: verification.timedOut,
      output: verification.output.slice(-OUTPUT_KEPT),
      durationMs: Date.now() - started,
    };
    done.push(entry);
    const status = units === chain.length && done.length === 1 ? "verifying" : "bisecting";
    saved = saved.then(() => recordBatchVerifications(batch.id, [...done], status));
    await saved;
    return entry;
  }
  return { prefix, result };
}

async function verifyCommit(
  context: TrainContext,
  commit: string,
  slot: number,
  signal?: AbortSignal,
) {
  const { workspace } = context;
  if (!workspace.verifyCommand.length)
    return { passed: true, timedOut: false, cancelled: false, output: "no verification command" };
  if (signal?.aborted) return { passed: false, timedOut: false, cancelled: true, output: "" };
  const cwd = await checkoutVerifyWorktree({
    repo: context.repo,
    worktreeRoot: workspace.worktreeRoot,
    slot,
    commit,
  });
  return runVerification({
    cwd,
    command: workspace.verifyCommand,
    timeoutMs: VERIFY_TIMEOUT_MS,
    signal,
  });
}

/**
 * The fix-up policy inside a batch: a fix-up unit works on the blamed unit's candidate and is
 * merged onto it. When that passes, both land (with the prefix before them); otherwise the
 * fix-up's own record says why, and the blamed unit stays out.
 */
async function fixUp(
  context: TrainContext,
  batch: MergeBatchRow,
  blamed: Link,
  failing: Verified,
): Promise<{ commit: string | null; records: MergeRecordFor[] }> {
  const { fixup, outcome } = await runFixupUnit(
    await findUnit(blamed.unit.id),
    failing.output,
    blamed.commit,
  );
  const current = await findUnit(fixup.id);
  if (outcome.status !== "completed" || !current.headCommit) return { commit: null, records: [] };
  const merged = await mergeOnto({
    repo: context.repo,
    base: blamed.commit,
    unitHead: current.headCommit,
    message: `Merge ${current.branch}: ${current.title}`,
    date: batch.createdAt,
  });
  if (merged.status !== "merged") {
    const reason =
      merged.status === "empty" ? "the fix-up changed nothing" : "the fix-up did not merge cleanly";
    const status = merged.status === "empty" ? "reverted" : "conflicted";
    return { commit: null, records: [{ unitId: fixup.id, record: { status, reason } }] };
  }
  const verification = await verifyCommit(context, merged.commit, 0);
  const lines = await linesChanged(context.repo, blamed.commit, merged.commit);
  if (!verification.passed)
    return {
      commit: null,
      records: [
        {
          unitId: fixup.id,
          record: {
            status: "reverted",
            reason: "the fix-up did not make the verification pass",
            commit: merged.commit,
            lines,
            verification,
            batchId: batch.id,
          },
        },
      ],
    };
  const batchId = batch.id;
  return {
    commit: merged.commit,
    records: [
      {
        unitId: blamed.unit.id,
        record: {
          status: "merged",
          reason: `verification failed after the merge; fixed by "${current.title}"`,
          commit: blamed.commit,
          lines: blamed.lines,
          verification,
          batchId,
        },
      },
      {
        unitId: fixup.id,
        record: { status: "merged", commit: merged.commit, lines, verification, batchId },
      },
    ],
  };
}
