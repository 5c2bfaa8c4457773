import { mkdtemp, realpath } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { missionRunFunction } from "@/inngest/functions/mission-run";
import { ManualClock } from "@/inngest/local-runner/clock";
import { getDb } from "@/lib/db";
import { git } from "@/lib/git/git";
import { decideApproval } from "@/lib/services/missions/decide-approval";
import { requestMissionCancel } from "@/lib/services/missions/request-mission-cancel";
import { deliverOutbox } from "@/lib/services/outbox/deliver-outbox";
import { createTestActor } from "@/tests/support/create-test-actor";
import { type Harness, startHarness } from "@/tests/support/inngest-harness";
import {
  createMission,
  createMissionProject,
  finishedMission,
  functionWaits,
  startMission,
  unitPlan,
  unitsByKey,
  waitFor,
} from "@/tests/support/mission-fixtures";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

// Whole missions run real agents, git and verification: slow when the machine is busy.
vi.setConfig({ testTimeout: 300_000 });
const database = setUpMigratedDatabase("missionapproval");
const clock = new ManualClock();
let harness: Harness;
let dataDir: string;

const oneUnit = (key: string, nextObjective?: string) => ({
  rounds: [
    {
      plan: [unitPlan(key)],
      critic: [{ verdict: "sufficient", feedback: "ok", next_objective: nextObjective }],
    },
  ],
  units: { [key]: { behaviour: "ok", edits: [{ path: `${key}.txt`, content: "a\nb\nc\n" }] } },
});

function pendingApproval(missionId: string, kind: string) {
  return waitFor(() =>
    getDb().approval.findFirst({ where: { missionId, kind, status: "pending" } }),
  );
}

async function decide(
  approval: { id: string; missionId: string },
  decision: "approved" | "rejected",
) {
  await functionWaits();
  await getDb().approval.update({
    where: { id: approval.id },
    data: { status: decision, decidedAt: new Date() },
  });
  await harness.client.send({
    name: "mission/approval.decided",
    data: { approvalId: approval.id, missionId: approval.missionId, decision },
  });
}

const sendOutbox = () =>
  deliverOutbox(
    (events: { id: string; name: string; data: unknown }[]) => harness.client.send(events as never),
    new Date(),
  );

beforeAll(async () => {
  dataDir = await realpath(await mkdtemp(path.join(tmpdir(), "mc-missionapproval-")));
  process.env.MC_DATA_DIR = dataDir;
  harness = await startHarness(database.url, (client) => [missionRunFunction(client)], { clock });
});
afterAll(() => harness.stop());

describe("approvals", () => {
  it("cancelling while a push waits for approval ends the mission without pushing", async () => {
    const project = await createMissionProject(dataDir, "cancel-waiting", oneUnit("three"));
    const mission = await createMission(project.id, { approvalPolicy: "always" });
    await startMission(harness, mission.id);
    await pendingApproval(mission.id, "push");
    await functionWaits();
    const operator = await createTestActor("operator", "canceller@example.com");
    await requestMissionCancel(operator, mission.id);
    const send = (events: { id: string; name: string; data: unknown }[]) =>
      harness.client.send(events as never);
    await deliverOutbox(send, new Date());
    const finished = await finishedMission(mission.id);
    expect(finished.status).toBe("cancelled");
    expect(finished.resultSummary).toContain("The push was cancelled.");
    await expect(git(project.remote, ["rev-parse", "--verify", "mc/green"])).rejects.toThrow();
  });

  it("a rejected push leaves green unpushed; the mission still records its merges", async () => {
    const project = await createMissionProject(dataDir, "rejects", oneUnit("one"));
    const mission = await createMission(project.id, { approvalPolicy: "always" });
    await startMission(harness, mission.id);
    const approval = await pendingApproval(mission.id, "push");
    expect((await getDb().mission.findUniqueOrThrow({ where: { id: mission.id } })).status).toBe(
      "awaiting_approval",
    );
    await decide(approval, "rejected");
    const finished = await finishedMission(mission.id);
    expect(finished.status).toBe("succeeded");
    expect(finished.resultSummary).toContain("The push was rejected.");
    await expect(git(project.remote, ["rev-parse", "--verify", "mc/green"])).rejects.toThrow();
  });

  it("a push nobody answers times out", async () => {
    const project = await createMissionProject(dataDir, "times-out", oneUnit("two"));
    const mission = await createMission(project.id, { approvalPolicy: "always" });
    await startMission(harness, mission.id);
    const approval = await pendingApproval(mission.id, "push");
    await functionWaits();
    clock.advance(2 * 86_400_000);
    harness.runner.wake();
    const finished = await finishedMission(mission.id);
    expect(finished.resultSummary).toContain("The push was not approved in time.");
    expect((await getDb().approval.findUniqueOrThrow({ where: { id: approval.id } })).status).toBe(
      "timed_out",
    );
  });

  it("a large merge waits for approval, then merges; chaining starts the critic's next objective", async () => {
    const project = await createMissionProject(
      dataDir,
      "large",
      oneUnit("big", "Now document it."),
    );
    const mission = await createMission(project.id, {
      approvalPolicy: "large-merges",
      largeMergeLines: 1,
      chain: true,
    });
    await startMission(harness, mission.id);
    const approval = await pendingApproval(mission.id, "large_merge");
    expect(approval.summary).toContain("3 lines changed");
    expect((await unitsByKey(mission.id)).big?.status).toBe("completed");
    await decide(approval, "approved");
    const push = await pendingApproval(mission.id, "push");
    await decide(push, "approved");
    const chain = await pendingApproval(mission.id, "chain");
    expect(chain.summary).toBe("Start the next mission: Now document it.");
    await decide(chain, "approved");
    const finished = await finishedMission(mission.id);
    expect(finished.status).toBe("succeeded");
    expect((await unitsByKey(mission.id)).big?.status).toBe("merged");
    expect(await git(project.path, ["show", "mc/green:big.txt"])).toBe("a\nb\nc");
    expect(await git(project.remote, ["rev-parse", "mc/green"])).toBe(
      await git(project.path, ["rev-parse", "mc/green"]),
    );
    const child = await getDb().mission.findFirstOrThrow({
      where: { parentMissionId: mission.id },
    });
    expect(child).toMatchObject({
      objective: "Now document it.",
      projectId: project.id,
      chain: false,
    });
    expect(
      await getDb().outboxEvent.count({
        where: {
          eventName: "mission/mission.start-requested",
          eventData: { equals: { missionId: child.id, projectId: project.id } },
        },
      }),
    ).toBe(1);
  });

  it("a spent budget pauses the mission and asks: raised, it goes on and finishes", async () => {
    const project = await createMissionProject(dataDir, "budget-raised", oneUnit("paid"));
    const mission = await createMission(project.id, { budgetUsd: 0 });
    await startMission(harness, mission.id);
    const approval = await pendingApproval(mission.id, "budget");
    expect(approval.summary).toContain("budget reached ($0.00 of $0.00)");
    expect((await getDb().mission.findUniqueOrThrow({ where: { id: mission.id } })).status).toBe(
      "awaiting_approval",
    );
    await functionWaits();
    const operator = await createTestActor("operator", "budget-raiser@example.com");
    await expect(decideApproval(operator, approval.id, "approved")).rejects.toThrow(
      "enter a budget above what the mission has spent ($0.00)",
    );
    expect((await getDb().approval.findUniqueOrThrow({ where: { id: approval.id } })).status).toBe(
      "pending",
    );
    await decideApproval(operator, approval.id, "approved", 5);
    await sendOutbox();
    const finished = await finishedMission(mission.id);
    expect(finished.status).toBe("succeeded");
    expect(finished.budgetUsd).toBe(5);
    expect((await unitsByKey(mission.id)).paid?.status).toBe("merged");
  });

  it("a spent budget that a person will not raise stops the mission before more work", async () => {
    const project = await createMissionProject(dataDir, "budget-stopped", oneUnit("unpaid"));
    const mission = await createMission(project.id, { budgetUsd: 0 });
    await startMission(harness, mission.id);
    const approval = await pendingApproval(mission.id, "budget");
    await functionWaits();
    const operator = await createTestActor("operator", "budget-stopper@example.com");
    await decideApproval(operator, approval.id, "rejected");
    await sendOutbox();
    const finished = await finishedMission(mission.id);
    expect(finished.stopReason).toBe(
      "budget reached ($0.00 of $0.00); a person stopped the mission",
    );
    expect(await unitsByKey(mission.id)).toEqual({});
  });
});
