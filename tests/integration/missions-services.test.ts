import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/authorize";
import { getMissionView } from "@/lib/data/missions/get-mission-view";
import { listMissions } from "@/lib/data/missions/list-missions";
import { getDb } from "@/lib/db";
import { UserInputError } from "@/lib/errors/user-input-error";
import { createMission } from "@/lib/services/missions/create-mission";
import { decideApproval } from "@/lib/services/missions/decide-approval";
import { readUnitOutput } from "@/lib/services/missions/read-unit-output";
import { requestMissionCancel } from "@/lib/services/missions/request-mission-cancel";
import { saveMissionSettings } from "@/lib/services/missions/save-mission-settings";
import { joinCommandLine, splitCommandLine } from "@/lib/validation/missions";
import { createTestActor } from "@/tests/support/create-test-actor";
import { setUpMigratedDatabase } from "@/tests/support/use-test-database";

setUpMigratedDatabase("missions_services");
let operator: Actor;
let viewer: Actor;
let projectId: string;
let otherProjectId: string;

const UNKNOWN = "00000000-0000-4000-8000-000000000000";

beforeAll(async () => {
  const db = getDb();
  const [alpha, beta] = await Promise.all([
    db.projectWorkspace.create({ data: { name: "alpha", path: "/tmp/alpha" } }),
    db.projectWorkspace.create({ data: { name: "beta", path: "/tmp/beta" } }),
  ]);
  projectId = alpha.id;
  otherProjectId = beta.id;
  operator = await createTestActor("operator", "op@example.com");
  viewer = await createTestActor("viewer", "viewer@example.com");
});

const validMission = () => ({
  projectId,
  objective: "Add a --json flag to the report command",
  workers: 2,
  maxRounds: 3,
  wallTimeMinutes: 60,
  budgetUsd: 5,
  agentProfileId: "scripted",
  approvalPolicy: "always" as const,
  fixupPolicy: "revert" as const,
  chain: false,
  largeMergeLines: 400,
});

const validSettings = () => ({
  cloneUrl: "",
  baseBranch: "main",
  greenBranch: "mc/green",
  verifyCommand: "npm test",
  agentProfileId: "",
  defaultWorkers: "2",
  pushRemote: "",
});

async function counts() {
  const db = getDb();
  const [missions, audit, outbox, approvals, settings] = await Promise.all([
    db.mission.count(),
    db.auditLog.count(),
    db.outboxEvent.count(),
    db.approval.count({ where: { status: { not: "pending" } } }),
    db.projectMissionSettings.count(),
  ]);
  return { missions, audit, outbox, approvals, settings };
}

async function insertMission(status = "running") {
  return getDb().mission.create({
    data: {
      projectId,
      objective: `a ${status} mission`,
      status,
      workers: 2,
      maxRounds: 3,
      wallTimeMinutes: 60,
      agentProfileId: "scripted",
      approvalPolicy: "always",
    },
  });
}

async function insertApproval(missionId: string, timeoutInMs = 60_000) {
  return getDb().approval.create({
    data: {
      missionId,
      kind: "push",
      summary: "Push mc/green to origin",
      timeoutAt: new Date(Date.now() + timeoutInMs),
    },
  });
}

describe("createMission", () => {
  it.each([
    ["projectId", { projectId: "not-a-uuid" }],
    ["projectId", { projectId: UNKNOWN }],
    ["objective", { objective: "   " }],
    ["objective", { objective: "x".repeat(4_001) }],
    ["workers", { workers: 0 }],
    ["workers", { workers: 9 }],
    ["workers", { workers: 1.5 }],
    ["maxRounds", { maxRounds: 0 }],
    ["maxRounds", { maxRounds: 21 }],
    ["wallTimeMinutes", { wallTimeMinutes: 0 }],
    ["wallTimeMinutes", { wallTimeMinutes: 1_441 }],
    ["budgetUsd", { budgetUsd: -1 }],
    ["budgetUsd", { budgetUsd: "lots" }],
    ["agentProfileId", { agentProfileId: "no-such-profile" }],
    ["approvalPolicy", { approvalPolicy: "sometimes" }],
    ["fixupPolicy", { fixupPolicy: "ignore" }],
    ["largeMergeLines", { largeMergeLines: 0 }],
    ["largeMergeLines", { largeMergeLines: 100_001 }],
    ["mergeBatchSize", { mergeBatchSize: 0 }],
    ["mergeBatchSize", { mergeBatchSize: 33 }],
    ["mergeBatchSize", { mergeBatchSize: "many" }],
  ])("refuses a bad %s (%o), storing nothing", async (field, change) => {
    const before = await counts();
    const error = await createMission(operator, { ...validMission(), ...change }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UserInputError);
    expect((error as UserInputError).field).toBe(field);
    expect(await counts()).toEqual(before);
  });

  it("queues the mission with its audit row and start event in one go", async () => {
    const before = await counts();
    const id = await createMission(operator, validMission());
    const mission = await getDb().mission.findUniqueOrThrow({ where: { id } });
    expect(mission).toMatchObject({
      projectId,
      status: "queued",
      workers: 2,
      maxRounds: 3,
      wallTimeMinutes: 60,
      budgetUsd: 5,
      agentProfileId: "scripted",
      approvalPolicy: "always",
      fixupPolicy: "revert",
      chain: false,
      largeMergeLines: 400,
      // Not given: the train's default largest batch.
      mergeBatchSize: 8,
      createdByUserId: operator.userId,
      cancelRequestedAt: null,
    });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { targetId: id } });
    expect(audit).toMatchObject({
      operation: "create_mission",
      targetType: "mission",
      userId: operator.userId,
    });
    expect(audit.details).toMatchObject({ project: "alpha", agentProfile: "scripted" });
    const events = await getDb().outboxEvent.findMany({ orderBy: { createdAt: "desc" }, take: 1 });
    expect(events[0]).toMatchObject({
      eventName: "mission/mission.start-requested",
      eventData: { missionId: id },
    });
    expect(await counts()).toEqual({
      ...before,
      missions: before.missions + 1,
      audit: before.audit + 1,
      outbox: before.outbox + 1,
    });
  });

  it("takes form text, an empty budget as none, and the project's profile when none is chosen", async () => {
    await saveMissionSettings(operator, otherProjectId, {
      ...validSettings(),
      agentProfileId: "generic-cli",
    });
    const id = await createMission(operator, {
      ...validMission(),
      projectId: otherProjectId,
      workers: "8",
      budgetUsd: "",
      agentProfileId: "",
      chain: "on",
    });
    expect(await getDb().mission.findUniqueOrThrow({ where: { id } })).toMatchObject({
      workers: 8,
      budgetUsd: null,
      agentProfileId: "generic-cli",
      chain: true,
    });
    const fallback = await createMission(operator, { ...validMission(), agentProfileId: "" });
    expect(
      (await getDb().mission.findUniqueOrThrow({ where: { id: fallback } })).agentProfileId,
    ).toBe("scripted");
  });

  it("refuses viewers", async () => {
    const before = await counts();
    await expect(createMission(viewer, validMission())).rejects.toThrow(ForbiddenError);
    expect(await counts()).toEqual(before);
  });
});

describe("requestMissionCancel", () => {
  it("records the request with an audit row and an event, once", async () => {
    const mission = await insertMission("running");
    await expect(requestMissionCancel(viewer, mission.id)).rejects.toThrow(ForbiddenError);
    await requestMissionCancel(operator, mission.id);
    const after = await getDb().mission.findUniqueOrThrow({ where: { id: mission.id } });
    expect(after.cancelRequestedAt).toBeInstanceOf(Date);
    expect(after.status).toBe("running");
    expect(
      await getDb().auditLog.count({
        where: { targetId: mission.id, operation: "cancel_mission" },
      }),
    ).toBe(1);
    expect(
      await getDb().outboxEvent.count({
        where: {
          eventName: "mission/mission.cancel-requested",
          eventData: { equals: { missionId: mission.id } },
        },
      }),
    ).toBe(1);
    const before = await counts();
    await expect(requestMissionCancel(operator, mission.id)).rejects.toThrow(
      "A cancel was already requested for this mission.",
    );
    expect(await counts()).toEqual(before);
  });

  it("refuses a finished mission and an unknown one with a clear message", async () => {
    const done = await insertMission("succeeded");
    const before = await counts();
    await expect(requestMissionCancel(operator, done.id)).rejects.toThrow(
      "This mission has already succeeded; there is nothing to cancel.",
    );
    await expect(requestMissionCancel(operator, UNKNOWN)).rejects.toThrow("Unknown mission.");
    await expect(requestMissionCancel(operator, "nope")).rejects.toThrow(UserInputError);
    expect(await counts()).toEqual(before);
    expect(
      (await getDb().mission.findUniqueOrThrow({ where: { id: done.id } })).cancelRequestedAt,
    ).toBeNull();
  });
});

describe("decideApproval", () => {
  it("decides a pending approval once, with its audit row and event", async () => {
    const mission = await insertMission("awaiting_approval");
    const approval = await insertApproval(mission.id);
    await expect(decideApproval(viewer, approval.id, "approved")).rejects.toThrow(ForbiddenError);
    await decideApproval(operator, approval.id, "approved");
    const decided = await getDb().approval.findUniqueOrThrow({ where: { id: approval.id } });
    expect(decided).toMatchObject({ status: "approved", decidedByUserId: operator.userId });
    expect(decided.decidedAt).toBeInstanceOf(Date);
    expect(
      await getDb().auditLog.findFirstOrThrow({ where: { targetId: approval.id } }),
    ).toMatchObject({ operation: "approve_mission_action", targetType: "approval" });
    const events = await getDb().outboxEvent.findMany({
      where: {
        eventName: "mission/approval.decided",
        eventData: {
          equals: { approvalId: approval.id, missionId: mission.id, decision: "approved" },
        },
      },
      orderBy: { nextAttemptAt: "asc" },
    });
    // Sent now, and again later in case the mission was not waiting yet.
    expect(events).toHaveLength(2);
    const [first, second] = events.map((event) => event.nextAttemptAt.getTime());
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(10_000);

    const before = await counts();
    await expect(decideApproval(operator, approval.id, "rejected")).rejects.toThrow(
      "This approval was already approved.",
    );
    expect(await counts()).toEqual(before);
    expect(await getDb().approval.findUniqueOrThrow({ where: { id: approval.id } })).toEqual(
      decided,
    );
  });

  it("lets only one of two decisions made at once win", async () => {
    const mission = await insertMission("awaiting_approval");
    const approval = await insertApproval(mission.id);
    const results = await Promise.allSettled([
      decideApproval(operator, approval.id, "approved"),
      decideApproval(operator, approval.id, "rejected"),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await getDb().auditLog.count({ where: { targetId: approval.id } })).toBe(1);
  });

  it("records a rejection, and refuses an expired or unknown approval", async () => {
    const mission = await insertMission("awaiting_approval");
    const rejected = await insertApproval(mission.id);
    await decideApproval(operator, rejected.id, "rejected");
    expect(
      await getDb().auditLog.findFirstOrThrow({ where: { targetId: rejected.id } }),
    ).toMatchObject({ operation: "reject_mission_action" });

    const expired = await insertApproval(mission.id, -1_000);
    const before = await counts();
    await expect(decideApproval(operator, expired.id, "approved")).rejects.toThrow(
      "This approval timed out; it can no longer be decided.",
    );
    await expect(decideApproval(operator, UNKNOWN, "approved")).rejects.toThrow(
      "Unknown approval.",
    );
    await expect(decideApproval(operator, rejected.id, "maybe" as "approved")).rejects.toThrow(
      UserInputError,
    );
    expect(await counts()).toEqual(before);
    expect((await getDb().approval.findUniqueOrThrow({ where: { id: expired.id } })).status).toBe(
      "pending",
    );
  });
});

describe("saveMissionSettings", () => {
  it.each([
    "has space",
    "a..b",
    "-leading",
    "tilde~1",
    "caret^",
    "colon:x",
    "what?",
    "star*",
    "[bracket",
    "back\\slash",
    "trailing/",
    "ends.lock",
    "dot.",
    "a//b",
    "@",
    "x@{y",
  ])("refuses the green branch %j", async (greenBranch) => {
    const before = await counts();
    const error = await saveMissionSettings(operator, projectId, {
      ...validSettings(),
      greenBranch,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserInputError);
    expect((error as UserInputError).field).toBe("greenBranch");
    expect(await counts()).toEqual(before);
  });

  it("refuses bad base branches, commands, clone URLs, remotes, workers and profiles", async () => {
    const cases: [string, Record<string, string>][] = [
      ["baseBranch", { baseBranch: "" }],
      ["baseBranch", { baseBranch: "main branch" }],
      ["verifyCommand", { verifyCommand: 'npm "test' }],
      ["verifyCommand", { verifyCommand: "npm test\nrm -rf /" }],
      ["cloneUrl", { cloneUrl: "not a url" }],
      ["cloneUrl", { cloneUrl: "--upload-pack=evil" }],
      ["pushRemote", { pushRemote: "-f" }],
      ["pushRemote", { pushRemote: "my remote" }],
      ["defaultWorkers", { defaultWorkers: "0" }],
      ["defaultWorkers", { defaultWorkers: "9" }],
      ["agentProfileId", { agentProfileId: "nobody" }],
    ];
    const before = await counts();
    for (const [field, change] of cases) {
      const error = await saveMissionSettings(operator, projectId, {
        ...validSettings(),
        ...change,
      }).catch((caught: unknown) => caught);
      expect(error, field).toBeInstanceOf(UserInputError);
      expect((error as UserInputError).field, JSON.stringify(change)).toBe(field);
    }
    await expect(saveMissionSettings(viewer, projectId, validSettings())).rejects.toThrow(
      ForbiddenError,
    );
    await expect(saveMissionSettings(operator, UNKNOWN, validSettings())).rejects.toThrow(
      "Unknown project.",
    );
    expect(await counts()).toEqual(before);
  });

  it("stores the command as arguments, defaults the green branch and audits, without the clone URL", async () => {
    await saveMissionSettings(operator, projectId, {
      cloneUrl: "https://user:secret@example.com/repo.git",
      baseBranch: "develop",
      greenBranch: "",
      verifyCommand: '  node --test  "tests/a b.js" "say \\"hi\\"" ""  ',
      agentProfileId: "scripted",
      defaultWorkers: "4",
      pushRemote: "origin",
    });
    const saved = await getDb().projectMissionSettings.findUniqueOrThrow({ where: { projectId } });
    expect(saved).toMatchObject({
      cloneUrl: "https://user:secret@example.com/repo.git",
      baseBranch: "develop",
      greenBranch: "mc/green",
      verifyCommand: ["node", "--test", "tests/a b.js", 'say "hi"', ""],
      agentProfileId: "scripted",
      defaultWorkers: 4,
      pushRemote: "origin",
    });
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { targetId: projectId, operation: "update_mission_settings" },
    });
    expect(audit.details).toMatchObject({ project: "alpha", cloneUrl: "set" });
    expect(JSON.stringify(audit.details)).not.toContain("secret");

    await saveMissionSettings(operator, projectId, { ...validSettings(), verifyCommand: "" });
    expect(
      await getDb().projectMissionSettings.findUniqueOrThrow({ where: { projectId } }),
    ).toMatchObject({ verifyCommand: [], cloneUrl: null, agentProfileId: null });
  });

  it("splits a command line and writes it back the same way", () => {
    expect(splitCommandLine("npm run test -- --reporter dot")).toEqual({
      args: ["npm", "run", "test", "--", "--reporter", "dot"],
    });
    expect(splitCommandLine('sh -c "echo $HOME; rm x"')).toEqual({
      args: ["sh", "-c", "echo $HOME; rm x"],
    });
    expect(splitCommandLine('a"b c"d')).toEqual({ args: ["ab cd"] });
    expect(splitCommandLine('"unclosed')).toEqual({ error: "Close the double quote." });
    const args = ["node", "a b", 'q"uote', "back\\slash", "", "plain"];
    const line = joinCommandLine(args);
    expect(splitCommandLine(line)).toEqual({ args });
  });
});

describe("mission view and list", () => {
  it("returns the mission with rounds, units, merges, approvals and output tails", async () => {
    const db = getDb();
    const mission = await insertMission("running");
    await db.mission.update({
      where: { id: mission.id },
      data: { costUsd: 1.25, startCommit: "abc123", greenHead: "def456" },
    });
    const round = await db.missionRound.create({
      data: {
        missionId: mission.id,
        roundNumber: 1,
        status: "executing",
        deliberation: [
          {
            attempt: 1,
            proposal: null,
            proposalError: "no PLAN block",
            verdict: null,
          },
          {
            attempt: 2,
            proposal: { units: [{ key: "cli", title: "Add the flag", files_hint: ["cli.ts"] }] },
            verdict: { verdict: "sufficient", feedback: "Fine.", next_objective: "Docs" },
          },
        ],
        plan: [
          {
            key: "cli",
            title: "Add the flag",
            description: "d",
            files_hint: ["cli.ts"],
            depends_on: [],
            acceptance: "flag works",
          },
        ],
        signals: {
          hotFiles: [{ file: "cli.ts", count: 2 }],
          failureClusters: [{ reason: "timeout", units: ["docs"] }],
          stalledAreas: [],
        },
      },
    });
    const [cli, docs, tests] = await Promise.all(
      [
        { key: "cli", status: "merged", position: 0 },
        { key: "docs", status: "failed", position: 1, reason: "timed out after 600 s" },
        { key: "tests", status: "running", position: 2 },
      ].map(({ key, ...rest }) =>
        db.workUnit.create({
          data: {
            missionId: mission.id,
            roundId: round.id,
            unitKey: key,
            title: `Unit ${key}`,
            branch: `mc/unit/${key}`,
            attempts: 1,
            result: key === "cli" ? { status: "completed", summary: "Added --json" } : undefined,
            ...rest,
          },
        }),
      ),
    );
    await db.unitOutputLine.createMany({
      data: Array.from({ length: 5 }, (_, index) => ({
        unitId: tests.id,
        seq: index + 1,
        stream: index === 4 ? "stderr" : "stdout",
        line: `line ${index + 1}`,
      })),
    });
    await db.merge.create({
      data: {
        unitId: cli.id,
        missionId: mission.id,
        status: "merged",
        mergeCommit: "fff000",
        linesChanged: 42,
        verificationPassed: true,
        verificationOutput: "ok 3 tests",
        review: { alignment: 8, approach: 7, tests: 6, notes: "Good." },
      },
    });
    const pending = await insertApproval(mission.id);
    await db.approval.create({
      data: {
        missionId: mission.id,
        kind: "large_merge",
        status: "approved",
        summary: "Merge 900 lines",
        timeoutAt: new Date(),
        decidedAt: new Date(),
        decidedByUserId: operator.userId,
      },
    });

    const view = await getMissionView(mission.id, { outputTail: 2 });
    expect(view?.mission).toMatchObject({
      id: mission.id,
      status: "running",
      finished: false,
      projectName: "alpha",
      costUsd: 1.25,
      startCommit: "abc123",
      greenHead: "def456",
      createdAt: expect.any(String),
    });
    expect(view?.progress).toEqual({ total: 3, done: 2, merged: 1, running: 1 });
    expect(view?.rounds).toHaveLength(1);
    expect(view?.rounds[0]).toMatchObject({
      number: 1,
      status: "executing",
      plan: [
        {
          key: "cli",
          title: "Add the flag",
          files: ["cli.ts"],
          dependsOn: [],
          acceptance: "flag works",
        },
      ],
      signals: {
        hotFiles: [{ file: "cli.ts", count: 2 }],
        failureClusters: [{ reason: "timeout", units: ["docs"] }],
        stalledAreas: [],
      },
    });
    expect(view?.rounds[0].deliberation).toMatchObject([
      { attempt: 1, proposal: null, proposalError: "no PLAN block", verdict: null },
      {
        attempt: 2,
        proposal: { units: [{ key: "cli", files: ["cli.ts"] }] },
        verdict: { verdict: "sufficient", feedback: "Fine.", nextObjective: "Docs" },
      },
    ]);
    expect(view?.units.map((unit) => [unit.key, unit.status, unit.reason])).toEqual([
      ["cli", "merged", null],
      ["docs", "failed", "timed out after 600 s"],
      ["tests", "running", null],
    ]);
    expect(view?.units[0]).toMatchObject({
      roundNumber: 1,
      branch: "mc/unit/cli",
      attempts: 1,
      resultSummary: "Added --json",
    });
    expect(view?.units[2].outputTail).toEqual([
      { seq: 4, stream: "stdout", line: "line 4" },
      { seq: 5, stream: "stderr", line: "line 5" },
    ]);
    expect(view?.merges).toEqual([
      expect.objectContaining({
        unitId: cli.id,
        unitKey: "cli",
        status: "merged",
        linesChanged: 42,
        verificationPassed: true,
        verificationOutput: "ok 3 tests",
        review: { alignment: 8, approach: 7, tests: 6, notes: "Good." },
      }),
    ]);
    expect(view?.approvals.map((approval) => [approval.kind, approval.status])).toEqual([
      ["push", "pending"],
      ["large_merge", "approved"],
    ]);
    expect(view?.approvals[0]).toMatchObject({ id: pending.id, expired: false, decidedBy: null });
    expect(view?.approvals[1]).toMatchObject({ decidedBy: "operator" });
    // The view is plain JSON: the server render and the polled answer are the same value.
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect((await getMissionView(mission.id))?.units[2].outputTail).toEqual([]);
    expect(await getMissionView(UNKNOWN)).toBeNull();

    const output = await readUnitOutput(mission.id, tests.id, 3);
    expect(output).toMatchObject({ status: "running", finished: false });
    expect(output?.lines.map((line) => line.seq)).toEqual([4, 5]);
    expect(await readUnitOutput(mission.id, docs.id, 0)).toMatchObject({
      finished: true,
      lines: [],
    });
    expect(await readUnitOutput(UNKNOWN, tests.id, 0)).toBeNull();

    const list = await listMissions(1);
    const item = list.items.find((candidate) => candidate.mission_id === mission.id);
    expect(item).toMatchObject({
      project_name: "alpha",
      status: "running",
      cost_usd: 1.25,
      units_total: 3,
      units_done: 2,
      units_merged: 1,
      pending_approvals: 1,
    });
    expect(list.total).toBe(await getDb().mission.count());
    const times = list.items.map((entry) => entry.created_at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
