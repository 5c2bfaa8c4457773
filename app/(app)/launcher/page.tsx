import { FolderGit2 } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ProjectCard } from "@/components/launcher/project-card";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { requireSession } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { listIdentityOptions } from "@/lib/data/identities/list-identity-options";
import { listAllMandatoryProcedures } from "@/lib/data/procedures/list-mandatory-procedures";
import { listLauncherProjects } from "@/lib/data/projects/list-launcher-projects";
import { folderStatus } from "@/lib/services/projects/folder-status";

export const metadata: Metadata = { title: "Launcher" };
export const dynamic = "force-dynamic";

export default async function LauncherPage() {
  const actor = await requireSession();
  const canOperate = hasRole(actor.role, "operator");
  const [projects, procedures, identities] = await Promise.all([
    listLauncherProjects(),
    listAllMandatoryProcedures(),
    listIdentityOptions(),
  ]);
  const folders = await Promise.all(projects.map((project) => folderStatus(project.path)));
  return (
    <>
      <PageHeader
        title="Launcher"
        description="Start agent sessions in your projects."
        actions={
          canOperate ? (
            <Button asChild>
              <Link href="/launcher/projects/new">Register project</Link>
            </Button>
          ) : null
        }
      />
      {projects.length ? (
        <div className="grid gap-4 lg:grid-cols-2">
          {projects.map((project, index) => (
            <ProjectCard
              key={project.id}
              project={project}
              mandatoryProcedures={procedures
                .filter((p) =>
                  p.appliesToProjects.some((name) => name === project.name || name === "all"),
                )
                .map((p) => p.name)}
              folder={folders[index] ?? { exists: false, isGitRepository: false }}
              identities={identities}
              canOperate={canOperate}
            />
          ))}
        </div>
      ) : (
        <EmptyState icon={FolderGit2} title="No projects yet">
          Register a project folder to launch agent sessions in it.
        </EmptyState>
      )}
    </>
  );
}
