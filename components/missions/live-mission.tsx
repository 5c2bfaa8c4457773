"use client";

import { DecidedApprovals } from "@/components/missions/decided-approvals";
import { MergeList } from "@/components/missions/merge-list";
import { MergeTrain } from "@/components/missions/merge-train";
import { MissionResult } from "@/components/missions/mission-result";
import { MissionSummaryCard } from "@/components/missions/mission-summary-card";
import { MissionTimeline } from "@/components/missions/mission-timeline";
import { PendingApprovals } from "@/components/missions/pending-approvals";
import { UnitList } from "@/components/missions/unit-list";
import { useMissionView } from "@/components/missions/use-mission-view";
import type { MissionView } from "@/lib/data/missions/get-mission-view";

/**
 * The mission page, kept live by polling until the mission ends. Ordered for a phone: state and
 * progress, then what waits for a person, then the result, units, rounds, the merge train and merges.
 */
export function LiveMission({
  initial,
  canOperate,
}: {
  initial: MissionView;
  canOperate: boolean;
}) {
  const { data: view, error } = useMissionView(initial);
  const pending = view.approvals.filter((approval) => approval.status === "pending");
  const decided = view.approvals.filter((approval) => approval.status !== "pending");
  return (
    <div className="flex min-w-0 flex-col gap-4">
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          Live updates paused: {error.message}
        </p>
      ) : null}
      <MissionSummaryCard view={view} canOperate={canOperate} />
      <PendingApprovals missionId={view.mission.id} approvals={pending} canOperate={canOperate} />
      {view.mission.finished ? <MissionResult view={view} /> : null}
      <UnitList missionId={view.mission.id} units={view.units} />
      <MissionTimeline rounds={view.rounds} />
      <MergeTrain batches={view.batches} />
      <MergeList merges={view.merges} />
      <DecidedApprovals approvals={decided} />
    </div>
  );
}
