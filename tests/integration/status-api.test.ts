import { beforeAll, describe, expect, it } from "vitest";
import { GET as getStatus } from "@/app/api/v1/status/route";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { createApiToken } from "@/lib/services/api-tokens/create-api-token";
import { recordRunnerHeartbeat } from "@/lib/services/runner-health/runner-heartbeat";
import { createTestActor } from "@/tests/support/create-test-actor";
import { createMission } from "@/tests/support/mission-fixtures";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

setUpMigratedDatabase("status_api");

let viewer: Actor;
let token: string;
const ids = {} as Record<
  "running" | "waiting" | "failed" | "oldFailed" | "done" | "approval",
  string
>;
let failedUnitId: string;

const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  const db = getDb();
  viewer = await createTestActor("viewer", "viewer@example.com");
  ({ token } = await createApiToken(viewer, {
    name: "status",
    role: "viewer",
    expiresInDays: "never",
  }));
  const project = await db.projectWorkspace.create({
    data: { name: "status-project", path: "/tmp/status-project" },
  });
  const now = Date.now();
  const mission = async (status: string, objective: string, finishedAt?: Date) => {
    const row = await createMission(project.id);
    await db.mission.update({
      where: { id: row.id },
      data: {
        status,
        objective,
        startedAt: new Date(now - 2 * HOUR),
        finishedAt: finishedAt ?? null,
        stopReason: status === "failed" ? "Verification failed on green" : null,
      },
    });
    return row.id;
  };
  ids.running = await mission("running", "Add a --json flag");
  ids.waiting = await mission("awaiting_approval", "Push the release branch");
  ids.failed = await mission("failed", "Break the build", new Date(now - HOUR));
  ids.oldFailed = await mission("failed", "Failed two days ago", new Date(now - 48 * HOUR));
  ids.done = await mission("succeeded", "Finished fine", new Date(now - HOUR));
  const approval = await db.approval.create({
    data: {
      missionId: ids.waiting,
      kind: "push",
      summary: "Push green to origin",
      timeoutAt: new Date(now + 24 * HOUR),
    },
  });
  ids.approval = approval.id;
  const round = await db.missionRound.create({
    data: { missionId: ids.running, roundNumber: 1 },
  });
  const unit = await db.workUnit.create({
    data: {
      missionId: ids.running,
      roundId: round.id,
      position: 0,
      unitKey: "u1",
      title: "Write the parser",
      status: "conflicted",
      reason: "Merge conflict in README.md",
      finishedAt: new Date(now - 10 * 60 * 1000),
    },
  });
  failedUnitId = unit.id;
  await recordRunnerHeartbeat("test", new Date(now - 30_000));
});

async function readStatusWithToken() {
  const response = await getStatus(
    new Request("http://127.0.0.1/api/v1/status", {
      headers: { authorization: `Bearer ${token}` },
    }),
  );
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return response.json();
}

describe("GET /api/v1/status", () => {
  it("lists the pending approval with its id, mission, kind, summary and timeout", async () => {
    const status = await readStatusWithToken();
    expect(status.needsYou).toEqual([
      expect.objectContaining({
        id: ids.approval,
        missionId: ids.waiting,
        kind: "push",
        summary: "Push green to origin",
        project: "status-project",
        timeoutAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
    ]);
  });

  it("lists missions running or waiting, not finished ones", async () => {
    const status = await readStatusWithToken();
    expect(status.running.map((m: { id: string }) => m.id).sort()).toEqual(
      [ids.running, ids.waiting].sort(),
    );
    expect(status.running).toContainEqual(
      expect.objectContaining({
        id: ids.running,
        project: "status-project",
        objective: "Add a --json flag",
        status: "running",
        startedAt: expect.any(String),
      }),
    );
  });

  it("lists failures of the last 24 hours only: missions and units, with their reasons", async () => {
    const status = await readStatusWithToken();
    expect(status.failedLately.missions).toEqual([
      expect.objectContaining({ id: ids.failed, reason: "Verification failed on green" }),
    ]);
    expect(status.failedLately.units).toEqual([
      expect.objectContaining({
        id: failedUnitId,
        missionId: ids.running,
        title: "Write the parser",
        status: "conflicted",
        reason: "Merge conflict in README.md",
      }),
    ]);
  });

  it("reports the runner's health from its last heartbeat tick", async () => {
    const status = await readStatusWithToken();
    expect(status.runner).toMatchObject({ healthy: true, lastTickAt: expect.any(String) });
    expect(status.runner.lastTickAgeSeconds).toBeGreaterThanOrEqual(29);
    await recordRunnerHeartbeat("test", new Date(Date.now() - 10 * 60 * 1000));
    expect((await readStatusWithToken()).runner.healthy).toBe(false);
  });
});
