import type { InputJsonValue } from "@/lib/data/json";
import type { Transaction } from "@/lib/data/transaction";

export type MissionSettingsFields = {
  cloneUrl?: string | null;
  baseBranch: string;
  greenBranch: string;
  verifyCommand: InputJsonValue;
  agentProfileId?: string | null;
  defaultWorkers: number;
  pushRemote: string | null;
  updatedAt?: Date;
};

/** Creates or replaces a project's mission settings. */
export function writeMissionSettings(
  tx: Transaction,
  projectId: string,
  settings: MissionSettingsFields,
) {
  return tx.projectMissionSettings.upsert({
    where: { projectId },
    create: { projectId, ...settings },
    update: settings,
  });
}
