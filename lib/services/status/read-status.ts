import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { listActiveMissions } from "@/lib/data/status/list-active-missions";
import { listFailedMissionsSince } from "@/lib/data/status/list-failed-missions-since";
import { listFailedUnitsSince } from "@/lib/data/status/list-failed-units-since";
import { listOpenApprovals } from "@/lib/data/status/list-open-approvals";
import { getEnv } from "@/lib/env";
import { readRunnerHeartbeat } from "@/lib/services/runner-health/runner-heartbeat";

const FAILURE_WINDOW_MS = 24 * 60 * 60 * 1000;
/** The overview calls the runner stale after this long without a heartbeat tick. */
const STALE_AFTER_SECONDS = 150;

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * What needs a person, what runs and what failed in the last 24 h, and whether the runner ticks:
 * the body of `GET /api/v1/status` and of the phone status page.
 */
export async function readStatus(actor: Actor, now = new Date()) {
  authorize(actor, "viewer");
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const [missions, approvals, failedMissions, failedUnits, lastTick] = await Promise.all([
    listActiveMissions(),
    listOpenApprovals(),
    listFailedMissionsSince(since),
    listFailedUnitsSince(since),
    readRunnerHeartbeat(),
  ]);
  const tickAge = lastTick
    ? Math.max(0, Math.round((now.getTime() - lastTick.getTime()) / 1000))
    : null;
  return {
    generatedAt: now.toISOString(),
    needsYou: approvals.map((approval) => ({
      id: approval.id,
      missionId: approval.missionId,
      kind: approval.kind,
      summary: approval.summary,
      project: approval.mission.project.name,
      objective: approval.mission.objective.slice(0, 200),
      requestedAt: approval.requestedAt.toISOString(),
      timeoutAt: approval.timeoutAt.toISOString(),
    })),
    running: missions.map((mission) => ({
      id: mission.id,
      project: mission.project.name,
      objective: mission.objective.slice(0, 200),
      status: mission.status,
      startedAt: iso(mission.startedAt),
      createdAt: mission.createdAt.toISOString(),
    })),
    failedLately: {
      missions: failedMissions.map((mission) => ({
        id: mission.id,
        project: mission.project.name,
        objective: mission.objective.slice(0, 200),
        reason: mission.stopReason,
        finishedAt: iso(mission.finishedAt),
      })),
      units: failedUnits.map((unit) => ({
        id: unit.id,
        missionId: unit.missionId,
        title: unit.title,
        status: unit.status,
        reason: unit.reason?.slice(0, 300) ?? null,
        finishedAt: iso(unit.finishedAt),
      })),
    },
    runner: {
      mode: getEnv().MC_RUNNER ?? "external",
      lastTickAt: iso(lastTick),
      lastTickAgeSeconds: tickAge,
      healthy: tickAge !== null && tickAge <= STALE_AFTER_SECONDS,
    },
  };
}
export type StatusReport = Awaited<ReturnType<typeof readStatus>>;
