import { Activity, Users } from "lucide-react";
import type { Metadata } from "next";
import { SettingsLink } from "@/components/settings/settings-link";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireSession } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireSession();
  return (
    <>
      <PageHeader
        title="Settings"
        description="Who can use Mission Control, and how it runs agents."
      />
      <div className="grid gap-3 sm:grid-cols-2">
        {hasRole(actor.role, "admin") ? (
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
        <Card>
          <CardHeader>
            <CardTitle>Agents, missions and notifications</CardTitle>
            <CardDescription>
              Not built yet: these settings arrive with the launcher and missions.
            </CardDescription>
          </CardHeader>
        </Card>
      </div>
    </>
  );
}
