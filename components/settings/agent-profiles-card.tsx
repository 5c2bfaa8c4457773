import { AgentProfileForm } from "@/components/settings/agent-profile-form";
import { AgentProfileItem } from "@/components/settings/agent-profile-item";
import { DefaultProfileForm } from "@/components/settings/default-profile-form";
import { SettingDetails } from "@/components/settings/setting-details";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { InstalledAgentClis } from "@/lib/agents/installed-agent-clis";
import { isAgentProfileOffered } from "@/lib/services/settings/offered-agent-profiles";
import { type AgentProfile, CLI_AGENT_KINDS } from "@/lib/validation/agent-profiles";

export function AgentProfilesCard({
  profiles,
  defaultProfile,
  canEdit,
  installed,
  profileIdsWithApiKey,
}: {
  profiles: AgentProfile[];
  defaultProfile: string;
  canEdit: boolean;
  installed: InstalledAgentClis;
  profileIdsWithApiKey: string[];
}) {
  const current = profiles.find((profile) => profile.id === defaultProfile);
  const installedKinds = CLI_AGENT_KINDS.filter((kind) => installed[kind]);
  const defaultChoices = profiles
    .map((profile) => ({ ...profile, offered: isAgentProfileOffered(profile, installed) }))
    .filter((profile) => profile.offered || profile.id === defaultProfile)
    .map(({ id, name, offered }) => ({ id, name, notInstalled: !offered }));
  return (
    <Card role="region" aria-labelledby="agent-profiles-title">
      <CardHeader>
        <CardTitle id="agent-profiles-title">Agent profiles</CardTitle>
        <CardDescription>
          How launches and missions run an agent CLI. When no real agent is configured, the scripted
          agent is the default: a deterministic stand-in, spawned like any other agent, that needs
          no model. Claude Code, Codex CLI and Gemini CLI run headless with the model, base URL and
          API key set here; an API key is stored encrypted and never shown again. Launches and
          missions offer only the CLIs installed on this machine.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {current ? null : (
          <p role="alert" className="text-sm text-destructive">
            The default profile “{defaultProfile}” does not exist: choose one that does.
          </p>
        )}
        {canEdit ? (
          <DefaultProfileForm profiles={defaultChoices} defaultProfile={defaultProfile} />
        ) : (
          <p className="text-sm">
            Default profile:{" "}
            <span className="font-medium">
              {current ? `${current.name} (${current.id})` : defaultProfile}
            </span>
          </p>
        )}
        <ul className="flex flex-col divide-y rounded-lg border">
          {profiles.map((profile) => (
            <AgentProfileItem
              key={profile.id}
              profile={profile}
              isDefault={profile.id === defaultProfile}
              canEdit={canEdit}
              installed={installed}
              hasApiKey={profileIdsWithApiKey.includes(profile.id)}
            />
          ))}
        </ul>
        {canEdit ? (
          <SettingDetails summary="Add a profile">
            <AgentProfileForm installedKinds={installedKinds} />
          </SettingDetails>
        ) : null}
      </CardContent>
    </Card>
  );
}
