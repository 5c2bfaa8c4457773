import type { MissionView } from "@/lib/data/missions/get-mission-view";

/** The part of the mission page an agent acts on: state, progress, units and open approvals. */
export function missionSummary(view: MissionView) {
  const { mission } = view;
  return {
    id: mission.id,
    objective: mission.objective,
    project: mission.projectName,
    status: mission.status,
    finished: mission.finished,
    costUsd: mission.costUsd,
    budgetUsd: mission.budgetUsd,
    stateSummary: mission.stateSummary,
    resultSummary: mission.resultSummary,
    stopReason: mission.stopReason,
    createdAt: mission.createdAt,
    finishedAt: mission.finishedAt,
    progress: view.progress,
    units: view.units.map((unit) => ({
      key: unit.key,
      title: unit.title,
      status: unit.status,
      resultSummary: unit.resultSummary,
    })),
    approvals: view.approvals.map((approval) => ({
      id: approval.id,
      kind: approval.kind,
      status: approval.status,
      summary: approval.summary,
      timeoutAt: approval.timeoutAt,
    })),
    url: `/missions/${mission.id}`,
  };
}
