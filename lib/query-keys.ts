// TanStack Query keys, one factory per domain, so a write can invalidate exactly what it touched.

export const projectKeys = {
  all: ["projects"] as const,
  launchPreview: (projectId: string) => [...projectKeys.all, projectId, "launch-preview"] as const,
};

export const sessionKeys = {
  all: ["sessions"] as const,
  output: (sessionId: string) => [...sessionKeys.all, sessionId, "output"] as const,
};

export const missionKeys = {
  all: ["missions"] as const,
  view: (missionId: string) => [...missionKeys.all, missionId, "view"] as const,
  unitOutput: (missionId: string, unitId: string) =>
    [...missionKeys.all, missionId, "units", unitId, "output"] as const,
};
