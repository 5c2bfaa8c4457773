import { AgentProfileForm } from "@/components/settings/agent-profile-form";
import { DeleteAgentProfileForm } from "@/components/settings/delete-agent-profile-form";
import { SettingDetails } from "@/components/settings/setting-details";
import { Badge } from "@/components/ui/badge";
import type { InstalledAgentClis } from "@/lib/agents/installed-agent-clis";
import {
  type AgentProfile,
  CLI_AGENT_KINDS,
  isCliAgentKind,
} from "@/lib/validation/agent-profiles";

function ArgumentList({ args }: { args: string[] }) {
  return (
    <dd className="flex min-w-0 flex-wrap gap-1">
      {args.length === 0 ? "none" : null}
      {args.map((arg, index) => (
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
  );
}

/**
 * One profile. Environment values are never shown, since they often hold keys; of the API key
 * only whether one is set.
 */
export function AgentProfileItem({
  profile,
  isDefault,
  canEdit,
  installed,
  hasApiKey,
}: {
  profile: AgentProfile;
  isDefault: boolean;
  canEdit: boolean;
  installed: InstalledAgentClis;
  hasApiKey: boolean;
}) {
  const envNames = Object.keys(profile.env);
  const cli = isCliAgentKind(profile.kind) ? installed[profile.kind] : undefined;
  const installedKinds = CLI_AGENT_KINDS.filter((kind) => installed[kind]);
  return (
    <li className="flex flex-col gap-3 p-4" data-testid="agent-profile">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium break-words">{profile.name}</span>
        <Badge variant="outline">{profile.kind}</Badge>
        {isDefault ? <Badge>default</Badge> : null}
        {isCliAgentKind(profile.kind) ? (
          cli ? (
            <Badge variant="secondary">installed {cli.version}</Badge>
          ) : (
            <Badge variant="destructive">not installed</Badge>
          )
        ) : null}
      </div>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-muted-foreground">Id</dt>
        <dd className="break-all font-mono">{profile.id}</dd>
        {isCliAgentKind(profile.kind) ? (
          <>
            <dt className="text-muted-foreground">CLI</dt>
            <dd className="break-all" data-testid="agent-cli">
              {cli ? (
                <>
                  version {cli.version}, <span className="font-mono">{cli.path}</span>
                </>
              ) : (
                `not installed on this machine: launches and missions do not offer this profile`
              )}
            </dd>
            <dt className="text-muted-foreground">Model</dt>
            <dd className="break-all font-mono">
              {profile.model || <span className="font-sans">the CLI&apos;s default</span>}
            </dd>
            <dt className="text-muted-foreground">API base URL</dt>
            <dd className="break-all font-mono">
              {profile.apiBaseUrl || <span className="font-sans">the provider&apos;s own</span>}
            </dd>
            <dt className="text-muted-foreground">API key</dt>
            <dd data-testid="api-key-state">{hasApiKey ? "key set" : "no key"}</dd>
            <dt className="text-muted-foreground">Extra arguments</dt>
            <ArgumentList args={profile.extraArgs} />
            <dt className="text-muted-foreground">Runs with</dt>
            <dd>
              permission mode {profile.permissionMode}, timeout {profile.timeoutSeconds} s
            </dd>
          </>
        ) : (
          <>
            <dt className="text-muted-foreground">Command</dt>
            <dd className="break-all font-mono">
              {profile.kind === "scripted" ? "the bundled scripted agent" : profile.command}
            </dd>
            <dt className="text-muted-foreground">Arguments</dt>
            <ArgumentList args={profile.args} />
            <dt className="text-muted-foreground">Runs with</dt>
            <dd>
              permission mode {profile.permissionMode}, {profile.outputFormat} output, timeout{" "}
              {profile.timeoutSeconds} s
            </dd>
          </>
        )}
        <dt className="text-muted-foreground">Environment</dt>
        <dd className="break-all font-mono">
          {envNames.length ? envNames.join(", ") : <span className="font-sans">none</span>}
        </dd>
      </dl>
      {canEdit ? (
        <div className="flex flex-col gap-2">
          <SettingDetails summary="Edit profile">
            <AgentProfileForm
              profile={profile}
              installedKinds={installedKinds}
              hasApiKey={hasApiKey}
            />
          </SettingDetails>
          <SettingDetails summary="Delete…">
            <DeleteAgentProfileForm profileId={profile.id} />
          </SettingDetails>
        </div>
      ) : null}
    </li>
  );
}
