import { mkdtemp, realpath } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { missionRunFunction } from "@/inngest/functions/mission-run";
import type { Actor } from "@/lib/auth/actor";
import { upsertSetting } from "@/lib/data/settings/upsert-setting";
import { getDb } from "@/lib/db";
import { git } from "@/lib/git/git";
import { ensureMissionDemoProject } from "@/lib/services/demo/ensure-mission-demo-project";
import { startDemoMission } from "@/lib/services/missions/start-demo-mission";
import { deliverOutbox } from "@/lib/services/outbox/deliver-outbox";
import { createTestActor } from "@/tests/support/create-test-actor";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import { functionWaits, waitFor } from "@/tests/support/mission-fixtures";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

// Whole missions run real agents, git and verification: slow when the machine is busy.
vi.setConfig({ testTimeout: 300_000 });
const database = setUpMigratedDatabase("missionloop");
let harness: Harness;
let operator: Actor;
let dataDir: string;

const send = (events: { id: string; name: string; data: unknown }[]) =>
  harness.client.send(events as never);

async function decide(approvalId: string, missionId: string, decision: "approved" | "rejected") {
  await functionWaits();
  await getDb().approval.update({
    where: { id: approvalId },
    data: { status: decision, decidedAt: new Date() },
  });
  await harness.client.send({
    name: "mission/approval.decided",
    data: { approvalId, missionId, decision },
  });
}

beforeAll(async () => {
  dataDir = await realpath(await mkdtemp(path.join(tmpdir(), "mc-missions-")));
  process.env.MC_DATA_DIR = dataDir;
  operator = await createTestActor("operator");
  await upsertSetting("missions.approval_timeout_seconds", 600);
  harness = await startHarness(database.url, (client) => [missionRunFunction(client)]);
});
afterAll(() => harness.stop());

describe("the demo mission", () => {
  it("plans with a critic, runs units in worktrees, merges behind verification, and pushes on approval", async () => {
    const project = await ensureMissionDemoProject(dataDir);
    const missionId = await startDemoMission(operator);
    await deliverOutbox(send, new Date());

    const approval = await waitFor(() =>
      getDb().approval.findFirst({ where: { missionId, kind: "push", status: "pending" } }),
    );
    const units = await getDb().workUnit.findMany({
      where: { missionId },
      orderBy: { position: "asc" },
    });
    const byKey = Object.fromEntries(units.map((unit) => [unit.unitKey, unit]));
    expect(byKey.readme?.status).toBe("merged");
    expect(byKey.guide?.status).toBe("conflicted");
    expect(byKey.guide?.reason).toContain("README.md");
    expect(byKey.subtract?.status).toBe("merged");
    expect(byKey.multiply?.status).toBe("merged");
    expect(byKey.multiply?.layer).toBeGreaterThan(byKey.subtract?.layer ?? 0);
    expect(byKey["strict-check"]?.status).toBe("reverted");

    const round = await getDb().missionRound.findFirstOrThrow({
      where: { missionId, roundNumber: 1 },
    });
    expect(
      (round.deliberation as { verdict: { verdict: string } }[]).map(
        (entry) => entry.verdict.verdict,
      ),
    ).toEqual(["needs_refinement", "sufficient"]);
    const merges = await getDb().merge.findMany({ where: { missionId } });
    expect(
      merges
        .filter((merge) => merge.status === "merged")
        .every((merge) => merge.verificationPassed),
    ).toBe(true);
    expect(merges.find((merge) => merge.status === "reverted")?.verificationPassed).toBe(false);
    expect(merges.find((merge) => merge.status === "merged")?.review).toMatchObject({
      alignment: 8,
    });

    const repo = project.path;
    const green = await git(repo, ["rev-parse", "mc/green"]);
    expect(await git(repo, ["show", "mc/green:calc.mjs"])).toContain("export function multiply");
    await expect(git(repo, ["show", "mc/green:tests/sanity.test.mjs"])).rejects.toThrow();

    await decide(approval.id, missionId, "approved");
    const mission = await waitFor(async () => {
      const row = await getDb().mission.findUniqueOrThrow({ where: { id: missionId } });
      return row.finishedAt ? row : null;
    });
    expect(mission).toMatchObject({ status: "succeeded", greenHead: green });
    expect(mission.resultSummary).toContain("3 of 5 units merged");
    expect(mission.resultSummary).toContain("Final verification passed");
    expect(mission.stopReason).toBe("objective met: the planner proposed no more work");
    const remote = path.join(dataDir, "remotes", "mission-demo.git");
    expect(await git(remote, ["rev-parse", "mc/green"])).toBe(green);

    const branches = (await git(repo, ["branch", "--list", "mc/unit/*"]))
      .split("\n")
      .filter(Boolean);
    expect(branches.map((branch) => branch.trim().replace(/^[*+] /, ""))).toEqual([
      `mc/unit/${byKey.guide?.id}`,
    ]);
    // The user's checkout, green's worktree and the train's verify worktrees (kept for the next
    // mission, with their installed dependencies) are all that is left.
    const worktrees = (await git(repo, ["worktree", "list", "--porcelain"]))
      .split("\n")
      .filter((line) => line.startsWith("worktree "))
      .map((line) => path.basename(line.slice("worktree ".length)));
    expect(worktrees.filter((name) => !/^verify-\d+$/.test(name)).sort()).toEqual([
      "green",
      "mission-demo",
    ]);
    expect(worktrees).toContain("verify-0");
  });
});
