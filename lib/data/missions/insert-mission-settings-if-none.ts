import type { MissionSettingsFields } from "@/lib/data/missions/write-mission-settings";
import { getDb } from "@/lib/db";

/** Stores a project's mission settings unless it has some already, which are left as they are. */
export function insertMissionSettingsIfNone(projectId: string, settings: MissionSettingsFields) {
  return getDb().projectMissionSettings.upsert({
    where: { projectId },
    create: { projectId, ...settings },
    update: {},
  });
}
