import { fileURLToPath } from "node:url";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { writeMissionSettings } from "@/lib/data/missions/write-mission-settings";
import { findProjectName } from "@/lib/data/projects/find-project-name";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import { requireAgentProfile } from "@/lib/services/missions/find-agent-profile";
import { parseMissionInput } from "@/lib/services/missions/parse-mission-input";
import { resolveProjectPath } from "@/lib/services/projects/resolve-project-path";
import { missionSettingsInputSchema, type UnparsedInput } from "@/lib/validation/missions";

/** A local repository to clone must lie where projects may (settings: allowed roots). */
async function confineLocalCloneUrl(url: string) {
  try {
    await resolveProjectPath(fileURLToPath(url));
  } catch (error) {
    if (error instanceof UserInputError) throw new UserInputError(error.message, "cloneUrl");
    throw new UserInputError("This file:// URL is not a local path.", "cloneUrl");
  }
}

/** Creates or replaces a project's mission settings, audited in the same transaction. */
export async function saveMissionSettings(
  actor: Actor,
  projectId: string,
  input: UnparsedInput<typeof missionSettingsInputSchema>,
) {
  authorize(actor, "operator");
  const settings = parseMissionInput(missionSettingsInputSchema, input);
  if (settings.agentProfileId) await requireAgentProfile(settings.agentProfileId, "agentProfileId");
  if (settings.cloneUrl?.startsWith("file://")) await confineLocalCloneUrl(settings.cloneUrl);
  const data = {
    cloneUrl: settings.cloneUrl ?? null,
    baseBranch: settings.baseBranch,
    greenBranch: settings.greenBranch,
    verifyCommand: settings.verifyCommand,
    agentProfileId: settings.agentProfileId ?? null,
    defaultWorkers: settings.defaultWorkers,
    pushRemote: settings.pushRemote ?? null,
    updatedAt: new Date(),
  };
  return inTransaction(async (tx) => {
    const project = await findProjectName(tx, projectId);
    if (project === null) throw new UserInputError("Unknown project.", "projectId");
    const saved = await writeMissionSettings(tx, projectId, data);
    await insertAuditEntry(tx, {
      operation: "update_mission_settings",
      targetType: "project",
      targetId: projectId,
      details: {
        project,
        // A clone URL may carry credentials; the audit log records only whether one is set.
        cloneUrl: data.cloneUrl ? "set" : null,
        baseBranch: data.baseBranch,
        greenBranch: data.greenBranch,
        verifyCommand: data.verifyCommand,
        agentProfileId: data.agentProfileId,
        defaultWorkers: data.defaultWorkers,
        pushRemote: data.pushRemote,
      },
      userId: actor.userId,
    });
    return saved;
  });
}
