import { Activity, KeyRound, Users } from "lucide-react";
import type { Metadata } from "next";
import { AgentProfilesCard } from "@/components/settings/agent-profiles-card";
import { AllowedRootsCard } from "@/components/settings/allowed-roots-card";
import { DataDirectoryCard } from "@/components/settings/data-directory-card";
import { MissionDefaultsCard } from "@/components/settings/mission-defaults-card";
import { NotificationChannelsCard } from "@/components/settings/notification-channels-card";
import { OtherSettingsCard } from "@/components/settings/other-settings-card";
import { SandboxCard } from "@/components/settings/sandbox-card";
import { SettingsLink } from "@/components/settings/settings-link";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { installedAgentClis } from "@/lib/agents/installed-agent-clis";
import { requireSession } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { listProfileIdsWithApiKey } from "@/lib/data/agent-api-keys/list-profile-ids-with-api-key";
import { listSettings } from "@/lib/data/settings/list-settings";
import { getEnv } from "@/lib/env";
import { KNOWN_SETTINGS } from "@/lib/settings/known-settings";
import { readSetting } from "@/lib/settings/read-setting";
import { sandboxStatus } from "@/lib/subprocess/sandbox-status";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const actor = await requireSession();
  const isAdmin = hasRole(actor.role, "admin");
  const [
    profiles,
    defaultProfile,
    missionDefaults,
    approvalTimeoutSeconds,
    allowedRoots,
    otherSettings,
    installed,
    profileIdsWithApiKey,
    sandbox,
  ] = await Promise.all([
    readSetting("agent.profiles"),
    readSetting("agent.default_profile"),
    readSetting("missions.defaults"),
    readSetting("missions.approval_timeout_seconds"),
    readSetting("projects.allowed_roots"),
    listSettings({ except: Object.keys(KNOWN_SETTINGS) }),
    installedAgentClis(),
    listProfileIdsWithApiKey(),
    sandboxStatus(),
  ]);
  return (
    <>
      <PageHeader
        title="Settings"
        description="Who can use Mission Control, and how it runs agents."
      />
      {isAdmin ? null : (
        <p className="mb-4 rounded-lg border bg-muted/50 p-3 text-sm">
          Only admins change these settings; you can read them all.
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {isAdmin ? (
          <>
            <SettingsLink
              href="/settings/users"
              icon={Users}
              title="Users and roles"
              description="Add people and choose what they may do."
            />
            <SettingsLink
              href="/settings/runs"
              icon={Activity}
              title="Runs"
              description="Durable function runs: status, steps, cancel and retry."
            />
          </>
        ) : (
          <Card>
            <CardHeader>
              <CardTitle>Users and roles</CardTitle>
              <CardDescription>
                Only admins manage users. You are signed in as a {actor.role}.
              </CardDescription>
            </CardHeader>
          </Card>
        )}
        <SettingsLink
          href="/settings/tokens"
          icon={KeyRound}
          title="API tokens"
          description="Tokens for scripts, agents and status checks: create, see last use, revoke. Sign out everywhere."
        />
      </div>
      <div className="mt-6 flex flex-col gap-6">
        <AgentProfilesCard
          profiles={profiles}
          defaultProfile={defaultProfile}
          canEdit={isAdmin}
          installed={installed}
          profileIdsWithApiKey={profileIdsWithApiKey}
        />
        <MissionDefaultsCard
          defaults={missionDefaults}
          approvalTimeoutSeconds={approvalTimeoutSeconds}
          canEdit={isAdmin}
        />
        <AllowedRootsCard roots={allowedRoots} canEdit={isAdmin} />
        <div className="grid gap-6 lg:grid-cols-2">
          <DataDirectoryCard dataDir={getEnv().dataDir} />
          <SandboxCard status={sandbox} />
        </div>
        <NotificationChannelsCard canEdit={isAdmin} />
        <OtherSettingsCard settings={otherSettings} canEdit={isAdmin} />
      </div>
    </>
  );
}
