import { randomUUID } from "node:crypto";
import { stat } from "node:fs/promises";
import { sessionLaunchRequested } from "@/inngest/events";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { insertAuditEntry } from "@/lib/data/audit/insert-audit-entry";
import { findIdentity } from "@/lib/data/identities/find-identity";
import { insertLaunch } from "@/lib/data/launches/insert-launch";
import { insertOutboxEvent } from "@/lib/data/outbox/insert-outbox-event";
import { findProject } from "@/lib/data/projects/find-project";
import { insertSession } from "@/lib/data/sessions/insert-session";
import { inTransaction } from "@/lib/data/transaction";
import { UserInputError } from "@/lib/errors/user-input-error";
import { buildLaunchContext } from "@/lib/services/launcher/build-launch-context";
import { getLaunchWarnings } from "@/lib/services/launcher/launch-warnings";
import { resolveAgentProfile } from "@/lib/services/launcher/resolve-agent-profile";
import { canRunAgentProfile } from "@/lib/services/settings/offered-agent-profiles";
import type { LaunchInput } from "@/lib/validation/launch";

/**
 * Records a new session and asks the runner to start the agent: the session row, the launch (with
 * its context), the audit row and the event go in one transaction.
 */
export async function launchSession(actor: Actor, input: LaunchInput) {
  authorize(actor, "operator");
  const project = await findProject(input.projectId);
  if (!project) throw new UserInputError("Unknown project.", "projectId");
  const folder = await stat(project.path).catch(() => undefined);
  if (!folder?.isDirectory())
    throw new UserInputError(`The project's folder ${project.path} does not exist.`, "projectId");
  const warnings = await getLaunchWarnings(project.name);
  if (warnings.needAcknowledging && !input.acknowledged)
    throw new UserInputError("Read and acknowledge the warnings first.", "acknowledged");
  const profile = await resolveAgentProfile();
  if (!(await canRunAgentProfile(profile)))
    throw new UserInputError(
      `The default profile ${profile.id} runs the ${profile.kind} CLI, which is not installed here: an admin can choose another default in Settings.`,
    );
  const sessionId = randomUUID();
  const context = await buildLaunchContext(project, warnings, sessionId);
  await inTransaction(async (tx) => {
    const identity = await findIdentity(tx, input.identityId);
    if (!identity) throw new UserInputError("Unknown identity.", "identityId");
    const now = new Date();
    await insertSession(tx, {
      id: sessionId,
      identityId: identity.id,
      projectName: project.name,
      sessionStart: now,
      createdAt: now,
      sessionMetadata: {
        source: "mission-control launcher",
        profile: profile.id,
        launchedBy: actor.email,
      },
    });
    await insertLaunch(tx, {
      sessionId,
      projectId: project.id,
      profileId: profile.id,
      profileKind: profile.kind,
      launchContext: context,
      requestedByUserId: actor.userId,
    });
    await insertAuditEntry(tx, {
      operation: "launch_claude",
      targetType: "session",
      targetId: sessionId,
      details: {
        project: project.name,
        profile: profile.id,
        scripted: profile.kind === "scripted",
      },
      userId: actor.userId,
      identityId: identity.id,
    });
    await insertOutboxEvent(tx, sessionLaunchRequested, { sessionId });
  });
  return { sessionId, profile };
}
