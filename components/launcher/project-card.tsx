import Link from "next/link";
import { LaunchDialog } from "@/components/launcher/launch-dialog";
import { RunItYourselfDialog } from "@/components/launcher/run-it-yourself-dialog";
import { formatTime } from "@/components/runs/format-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { LauncherProject } from "@/lib/data/projects/list-launcher-projects";

export type ProjectCardProps = {
  project: LauncherProject;
  mandatoryProcedures: string[];
  folder: { exists: boolean; isGitRepository: boolean };
  identities: { id: string; name: string }[];
  canOperate: boolean;
};

export function ProjectCard({
  project,
  mandatoryProcedures,
  folder,
  identities,
  canOperate,
}: ProjectCardProps) {
  return (
    <Card id={`project-${project.id}`} className="scroll-mt-20" data-testid="project-card">
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2">
          <span className="break-all">{project.name}</span>
          {project.type ? <Badge variant="secondary">{project.type}</Badge> : null}
          {!folder.exists ? <Badge variant="destructive">folder missing</Badge> : null}
          {folder.exists && !folder.isGitRepository ? (
            <Badge variant="outline">not a git repository</Badge>
          ) : null}
        </CardTitle>
        <CardDescription className="break-all font-mono text-xs">{project.path}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        {project.description ? (
          <p className="text-muted-foreground">{project.description}</p>
        ) : null}
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="text-muted-foreground">Last session</dt>
          <dd>
            {project.lastSessionStart
              ? `${formatTime(project.lastSessionStart)} by ${project.lastSessionIdentity ?? "unknown"}`
              : "none yet"}
          </dd>
          <dt className="text-muted-foreground">Open feedback</dt>
          <dd>
            <Link
              className="underline-offset-4 hover:underline"
              href={`/feedback?project=${project.id}&status=open`}
            >
              {project.openFeedback}
            </Link>
          </dd>
          <dt className="text-muted-foreground">Unclosed sessions</dt>
          <dd
            className={
              project.unclosedSessions
                ? "font-medium text-amber-700 dark:text-amber-400"
                : undefined
            }
          >
            <Link
              className="underline-offset-4 hover:underline"
              href={`/sessions?project=${encodeURIComponent(project.name)}&state=open`}
            >
              {project.unclosedSessions}
            </Link>
          </dd>
          <dt className="text-muted-foreground">Mandatory</dt>
          <dd>{mandatoryProcedures.length ? mandatoryProcedures.join(", ") : "none"}</dd>
        </dl>
        <div className="flex flex-wrap gap-2">
          {canOperate && folder.exists ? (
            <LaunchDialog
              projectId={project.id}
              projectName={project.name}
              identities={identities}
            />
          ) : null}
          <RunItYourselfDialog projectId={project.id} projectName={project.name} />
          {canOperate ? (
            <Button asChild size="sm" variant="ghost">
              <Link href={`/launcher/projects/${project.id}`}>Edit</Link>
            </Button>
          ) : null}
        </div>
      </CardContent>
    </Card>
  );
}
