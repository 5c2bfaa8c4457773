import { listMandatoryProcedures } from "@/lib/data/procedures/list-mandatory-procedures";
import { listUnclosedProjectSessions } from "@/lib/data/projects/list-unclosed-project-sessions";

/** What a person must see before launching: the project's open sessions and mandatory procedures. */
export async function getLaunchWarnings(projectName: string) {
  const [unclosedSessions, mandatoryProcedures] = await Promise.all([
    listUnclosedProjectSessions(projectName),
    listMandatoryProcedures(projectName),
  ]);
  return {
    unclosedSessions,
    mandatoryProcedures,
    needAcknowledging: unclosedSessions.length > 0 || mandatoryProcedures.length > 0,
  };
}
export type LaunchWarnings = Awaited<ReturnType<typeof getLaunchWarnings>>;
