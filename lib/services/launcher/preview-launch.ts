import { agentInvocation, launchCommandLine } from "@/lib/agents/agent-invocation";
import { findProject } from "@/lib/data/projects/find-project";
import { buildLaunchContext } from "@/lib/services/launcher/build-launch-context";
import { getLaunchWarnings } from "@/lib/services/launcher/launch-warnings";
import { resolveAgentProfile } from "@/lib/services/launcher/resolve-agent-profile";
import { canRunAgentProfile } from "@/lib/services/settings/offered-agent-profiles";

const NOT_RECORDED = "not recorded yet (started outside Mission Control)";

/**
 * What the launch dialog shows before anything is recorded: the warnings, the agent profile, the
 * launch context and the command to run the same launch in one's own terminal. `installed` is
 * false when the profile is a real CLI's that this machine does not have: no launch is offered.
 */
export async function previewLaunch(projectId: string) {
  const project = await findProject(projectId);
  if (!project) return null;
  const [warnings, profile] = await Promise.all([
    getLaunchWarnings(project.name),
    resolveAgentProfile(),
  ]);
  const context = await buildLaunchContext(project, warnings, NOT_RECORDED);
  return {
    project: { id: project.id, name: project.name, path: project.path },
    profile: {
      id: profile.id,
      name: profile.name,
      kind: profile.kind,
      installed: await canRunAgentProfile(profile),
    },
    warnings: {
      needAcknowledging: warnings.needAcknowledging,
      unclosedSessions: warnings.unclosedSessions.map((session) => ({
        id: session.id,
        start: session.sessionStart?.toISOString() ?? null,
        identity: session.identity?.name ?? null,
        summary: session.sessionSummary,
      })),
      mandatoryProcedures: warnings.mandatoryProcedures.map((procedure) => ({
        id: procedure.id,
        name: procedure.name,
        frequency: procedure.frequency,
        shortDescription: procedure.shortDescription,
      })),
    },
    context,
    command: launchCommandLine(agentInvocation(profile, context, { home: "~" }), project.path),
  };
}
export type LaunchPreview = NonNullable<Awaited<ReturnType<typeof previewLaunch>>>;
