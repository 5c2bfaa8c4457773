import { findMissionSettings } from "@/lib/data/missions/find-mission-settings";
import { newMissionDefaults } from "@/lib/services/missions/new-mission-defaults";
import type { StandardMissionWebhook } from "@/lib/validation/webhooks";

/** A webhook mission's input: the app's mission defaults, the project's workers, any overrides. */
export async function webhookMissionInput(
  projectId: string,
  objective: string,
  overrides: Omit<Partial<StandardMissionWebhook>, "project" | "objective"> = {},
) {
  const [defaults, settings] = await Promise.all([
    newMissionDefaults(),
    findMissionSettings(projectId),
  ]);
  return {
    ...defaults,
    projectId,
    objective: objective.slice(0, 4_000),
    workers: overrides.workers ?? settings?.defaultWorkers ?? defaults.workers,
    maxRounds: overrides.maxRounds ?? defaults.maxRounds,
    wallTimeMinutes: overrides.wallTimeMinutes ?? defaults.wallTimeMinutes,
    budgetUsd: overrides.budgetUsd === undefined ? defaults.budgetUsd : overrides.budgetUsd,
    approvalPolicy: overrides.approvalPolicy ?? defaults.approvalPolicy,
    agentProfileId: overrides.agentProfileId ?? "",
    chain: false,
  };
}
