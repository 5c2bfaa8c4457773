import { MissionSettingsForm } from "@/components/missions/mission-settings-form";
import { findMissionSettings } from "@/lib/data/missions/find-mission-settings";
import { listAgentProfileOptions } from "@/lib/services/missions/list-agent-profile-options";
import { joinCommandLine } from "@/lib/validation/missions";

const argsOf = (value: unknown) =>
  Array.isArray(value) ? value.filter((arg): arg is string => typeof arg === "string") : [];

/** The project edit page's second section: how missions run on this project. */
export async function MissionSettingsSection({ projectId }: { projectId: string }) {
  const [settings, { profiles, defaultId }] = await Promise.all([
    findMissionSettings(projectId),
    listAgentProfileOptions(),
  ]);
  return (
    <section aria-labelledby="mission-settings-heading" className="mt-10 flex flex-col gap-4">
      <div>
        <h2 id="mission-settings-heading" className="text-lg font-semibold">
          Mission settings
        </h2>
        <p className="text-sm text-muted-foreground">
          Where missions on this project start from, where verified work is merged, and how it is
          checked.
        </p>
      </div>
      <MissionSettingsForm
        projectId={projectId}
        profiles={profiles}
        defaultProfileId={defaultId}
        initial={{
          cloneUrl: settings?.cloneUrl ?? "",
          baseBranch: settings?.baseBranch ?? "main",
          greenBranch: settings?.greenBranch ?? "mc/green",
          verifyCommand: joinCommandLine(argsOf(settings?.verifyCommand)),
          agentProfileId: settings?.agentProfileId ?? "",
          defaultWorkers: String(settings?.defaultWorkers ?? 2),
          pushRemote: settings?.pushRemote ?? "",
        }}
      />
    </section>
  );
}
