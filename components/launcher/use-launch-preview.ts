"use client";

import { useQuery } from "@tanstack/react-query";
import { projectKeys } from "@/lib/query-keys";
import type { LaunchPreview } from "@/lib/services/launcher/preview-launch";

async function fetchLaunchPreview(projectId: string): Promise<LaunchPreview> {
  const response = await fetch(`/api/projects/${projectId}/launch-preview`);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ?? "The launch preview could not be loaded.");
  return body;
}

/** The warnings, profile, context and command of a launch, loaded when a dialog opens. */
export function useLaunchPreview(projectId: string, enabled: boolean) {
  return useQuery({
    queryKey: projectKeys.launchPreview(projectId),
    queryFn: () => fetchLaunchPreview(projectId),
    enabled,
  });
}
