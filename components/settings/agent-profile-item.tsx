import { AgentProfileForm } from "@/components/settings/agent-profile-form";
import { DeleteAgentProfileForm } from "@/components/settings/delete-agent-profile-form";
import { SettingDetails } from "@/components/settings/setting-details";
import { Badge } from "@/components/ui/badge";
import type { AgentProfile } from "@/lib/validation/agent-profiles";

/** One profile; environment values are never shown, since they often hold keys. */
export function AgentProfileItem({
  profile,
  isDefault,
  canEdit,
}: {
  profile: AgentProfile;
  isDefault: boolean;
  canEdit: boolean;
}) {
  const envNames = Object.keys(profile.env);
  return (
    <li className="flex flex-col gap-3 p-4" data-testid="agent-profile">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium break-words">{profile.name}</span>
        <Badge variant="outline">{profile.kind}</Badge>
        {isDefault ? <Badge>default</Badge> : null}
      </div>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-muted-foreground">Id</dt>
        <dd className="break-all font-mono">{profile.id}</dd>
        <dt className="text-muted-foreground">Command</dt>
        <dd className="break-all font-mono">
          {profile.kind === "scripted" ? "the bundled scripted agent" : profile.command}
        </dd>
        <dt className="text-muted-foreground">Arguments</dt>
        <dd className="flex min-w-0 flex-wrap gap-1">
          {profile.args.length === 0 ? "none" : null}
          {profile.args.map((arg, index) => (
            <code
              // Arguments repeat (two `-p`s are legal), so their position is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              className="break-all rounded bg-muted px-1.5 py-0.5 text-xs"
            >
              {arg}
            </code>
          ))}
        </dd>
        <dt className="text-muted-foreground">Runs with</dt>
        <dd>
          permission mode {profile.permissionMode}, {profile.outputFormat} output, timeout{" "}
          {profile.timeoutSeconds} s
        </dd>
        <dt className="text-muted-foreground">Environment</dt>
        <dd className="break-all font-mono">
          {envNames.length ? envNames.join(", ") : <span className="font-sans">none</span>}
        </dd>
      </dl>
      {canEdit ? (
        <div className="flex flex-col gap-2">
          <SettingDetails summary="Edit profile">
            <AgentProfileForm profile={profile} />
          </SettingDetails>
          <SettingDetails summary="Delete…">
            <DeleteAgentProfileForm profileId={profile.id} />
          </SettingDetails>
        </div>
      ) : null}
    </li>
  );
}
