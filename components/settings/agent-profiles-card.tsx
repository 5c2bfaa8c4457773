import { AgentProfileForm } from "@/components/settings/agent-profile-form";
import { AgentProfileItem } from "@/components/settings/agent-profile-item";
import { DefaultProfileForm } from "@/components/settings/default-profile-form";
import { SettingDetails } from "@/components/settings/setting-details";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { AgentProfile } from "@/lib/validation/agent-profiles";

export function AgentProfilesCard({
  profiles,
  defaultProfile,
  canEdit,
}: {
  profiles: AgentProfile[];
  defaultProfile: string;
  canEdit: boolean;
}) {
  const current = profiles.find((profile) => profile.id === defaultProfile);
  return (
    <Card role="region" aria-labelledby="agent-profiles-title">
      <CardHeader>
        <CardTitle id="agent-profiles-title">Agent profiles</CardTitle>
        <CardDescription>
          How launches and missions run an agent CLI. When no real agent is configured, the scripted
          agent is the default: a deterministic stand-in, spawned like any other agent, that needs
          no model. Choose Claude Code once <code>claude</code> is installed and signed in on this
          machine.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {current ? null : (
          <p role="alert" className="text-sm text-destructive">
            The default profile “{defaultProfile}” does not exist: choose one that does.
          </p>
        )}
        {canEdit ? (
          <DefaultProfileForm
            profiles={profiles.map(({ id, name }) => ({ id, name }))}
            defaultProfile={defaultProfile}
          />
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
            />
          ))}
        </ul>
        {canEdit ? (
          <SettingDetails summary="Add a profile">
            <AgentProfileForm />
          </SettingDetails>
        ) : null}
      </CardContent>
    </Card>
  );
}
