import { getDb } from "@/lib/db";

/** A project's mission settings, or null when none were saved yet. */
export function findMissionSettings(projectId: string) {
  return getDb().projectMissionSettings.findUnique({ where: { projectId } });
}
