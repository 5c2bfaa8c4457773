import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ProjectForm } from "@/components/launcher/project-form";
import { MissionSettingsSection } from "@/components/missions/mission-settings-section";
import { PageHeader } from "@/components/shell/page-header";
import { WebhooksSection } from "@/components/webhooks/webhooks-section";
import { requireRole } from "@/lib/auth/require";
import { findProject } from "@/lib/data/projects/find-project";
import { folderStatus } from "@/lib/services/projects/folder-status";

/** The origin the browser used (a proxy's when it sets the forwarded headers), for the webhook URLs. */
async function requestOrigin() {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "127.0.0.1:3000";
  const protocol = list.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}

export const metadata: Metadata = { title: "Edit project" };
export const dynamic = "force-dynamic";

export default async function EditProjectPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole("operator");
  const id = z.uuid().safeParse((await params).id);
  const project = id.success ? await findProject(id.data) : null;
  if (!project) notFound();
  const folder = await folderStatus(project.path);
  const saved = (await searchParams).saved === "1";
  return (
    <>
      <PageHeader
        title={project.name}
        description="Edit the project's name, folder, type and description."
        actions={
          <Link
            className="text-sm underline-offset-4 hover:underline"
            href={`/launcher#project-${project.id}`}
          >
            Back to the launcher
          </Link>
        }
      />
      {saved ? (
        <p role="status" className="mb-3 text-sm">
          Project saved.
        </p>
      ) : null}
      {!folder.isGitRepository ? (
        <p
          className="mb-4 rounded-md border border-amber-500/50 bg-amber-500/10 p-3 text-sm"
          data-testid="not-git-warning"
        >
          {project.path} is not a git repository. Sessions can be launched in it; missions need a
          git repository.
        </p>
      ) : null}
      <ProjectForm
        id={project.id}
        initial={{
          name: project.name,
          path: project.path,
          type: project.type ?? "",
          description: project.description ?? "",
        }}
      />
      <MissionSettingsSection projectId={project.id} />
      <WebhooksSection projectId={project.id} origin={await requestOrigin()} />
    </>
  );
}
