import type { Metadata } from "next";
import { NewMissionForm } from "@/components/missions/new-mission-form";
import { PageHeader } from "@/components/shell/page-header";
import { requireRole } from "@/lib/auth/require";
import { listProjectOptions } from "@/lib/data/projects/list-project-options";
import { listAgentProfileOptions } from "@/lib/services/missions/list-agent-profile-options";
import { newMissionDefaults } from "@/lib/services/missions/new-mission-defaults";

export const metadata: Metadata = { title: "New mission" };
export const dynamic = "force-dynamic";

export default async function NewMissionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("operator");
  const [projects, { profiles, defaultId }, defaults, { project }] = await Promise.all([
    listProjectOptions(),
    listAgentProfileOptions(),
    newMissionDefaults(),
    searchParams,
  ]);
  const projectId = projects.some((option) => option.id === project) ? String(project) : "";
  return (
    <>
      <PageHeader
        title="New mission"
        description="Give a project an objective: agents plan it, work on it in parallel and merge what passes verification."
      />
      <NewMissionForm
        initial={{ ...defaults, projectId }}
        projects={projects}
        profiles={profiles}
        defaultProfileId={defaultId}
      />
    </>
  );
}
