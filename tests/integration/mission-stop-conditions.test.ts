import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { checkBudget, checkStop } from "@/lib/services/mission-run/check-stop";
import { flagStalledMissions } from "@/lib/services/mission-run/flag-stalled-missions";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

setUpMigratedDatabase("missionstop");

async function mission(
  data: Partial<{
    maxRounds: number;
    wallTimeMinutes: number;
    budgetUsd: number;
    costUsd: number;
    startedAt: Date;
  }> = {},
) {
  const project = await getDb().projectWorkspace.create({
    data: { name: `p-${Math.random().toString(36).slice(2)}`, path: "/tmp" },
  });
  return getDb().mission.create({
    data: {
      projectId: project.id,
      objective: "o",
      workers: 1,
      maxRounds: 5,
      wallTimeMinutes: 60,
      agentProfileId: "scripted",
      approvalPolicy: "never",
      startedAt: new Date(),
      ...data,
    },
  });
}

async function roundWith(missionId: string, roundNumber: number, statuses: string[]) {
  const round = await getDb().missionRound.create({ data: { missionId, roundNumber } });
  await getDb().workUnit.createMany({
    data: statuses.map((status, index) => ({
      missionId,
      roundId: round.id,
      position: roundNumber * 10 + index,
      unitKey: `u${index}`,
      title: `unit ${index}`,
      status,
    })),
  });
}

describe("the loop stops", () => {
  it("after max rounds, past the wall time, at the budget, and when a person cancels", async () => {
    const fresh = await mission();
    expect(await checkStop(fresh.id, 1)).toBeNull();
    expect(await checkStop(fresh.id, 6)).toBe("max rounds reached (5)");

    const old = await mission({
      wallTimeMinutes: 10,
      startedAt: new Date(Date.now() - 11 * 60_000),
    });
    expect(await checkStop(old.id, 1)).toBe("wall time reached (10 min)");

    const spent = await mission({ budgetUsd: 2, costUsd: 2.5 });
    expect(await checkStop(spent.id, 1)).toBeNull();
    expect(await checkBudget(spent.id)).toEqual({
      reason: "budget reached ($2.50 of $2.00)",
      costUsd: 2.5,
    });
    expect(await checkBudget(fresh.id)).toBeNull();

    await getDb().mission.update({
      where: { id: fresh.id },
      data: { cancelRequestedAt: new Date() },
    });
    expect(await checkStop(fresh.id, 1)).toBe("cancelled by a person");
  });

  it("when two rounds in a row merged nothing, but not while merges still happen", async () => {
    const stalled = await mission();
    await roundWith(stalled.id, 1, ["failed", "conflicted"]);
    await roundWith(stalled.id, 2, ["reverted"]);
    expect(await checkStop(stalled.id, 3)).toBe("stalled: two rounds without a merged unit");

    const moving = await mission();
    await roundWith(moving.id, 1, ["failed"]);
    await roundWith(moving.id, 2, ["failed", "merged"]);
    expect(await checkStop(moving.id, 3)).toBeNull();
  });
});

describe("the mission heartbeat", () => {
  it("flags a running mission without progress once, and leaves active and waiting ones alone", async () => {
    const hourAgo = new Date(Date.now() - 60 * 60_000);
    const quiet = await mission({ startedAt: hourAgo });
    await roundWith(quiet.id, 1, ["running"]);
    await getDb().missionRound.updateMany({
      where: { missionId: quiet.id },
      data: { createdAt: hourAgo },
    });
    await getDb().workUnit.updateMany({
      where: { missionId: quiet.id },
      data: { startedAt: hourAgo },
    });
    const busy = await mission({ startedAt: hourAgo });
    await roundWith(busy.id, 1, ["running"]);
    const waiting = await mission({ startedAt: hourAgo });
    await getDb().mission.updateMany({
      where: { id: { in: [quiet.id, busy.id] } },
      data: { status: "running" },
    });
    await getDb().mission.update({
      where: { id: waiting.id },
      data: { status: "awaiting_approval" },
    });

    expect(await flagStalledMissions()).toEqual([quiet.id]);
    expect(await flagStalledMissions()).toEqual([]);
    const alert = await getDb().auditLog.findFirstOrThrow({
      where: { targetId: quiet.id, operation: "mission_stalled" },
    });
    expect((alert.details as { idleMinutes: number }).idleMinutes).toBeGreaterThanOrEqual(59);
  });
});
