"use client";

import { useQuery } from "@tanstack/react-query";
import { MISSION_POLL_MS, MISSION_VIEW_TAIL } from "@/components/missions/live-mission-timing";
import type { MissionView } from "@/lib/data/missions/get-mission-view";
import { missionKeys } from "@/lib/query-keys";

async function fetchMissionView(missionId: string): Promise<MissionView> {
  const response = await fetch(`/api/missions/${missionId}?tail=${MISSION_VIEW_TAIL}`);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error ?? "The mission could not be loaded.");
  return body;
}

/** The mission page's data, polled until the mission has finished. */
export function useMissionView(initial: MissionView) {
  return useQuery({
    queryKey: missionKeys.view(initial.mission.id),
    queryFn: () => fetchMissionView(initial.mission.id),
    initialData: initial,
    refetchInterval: (query) => (query.state.data?.mission.finished ? false : MISSION_POLL_MS),
  });
}
