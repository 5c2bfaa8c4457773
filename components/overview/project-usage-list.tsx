import Link from "next/link";
import { AgentCost, formatAgentTokens } from "@/components/missions/agent-usage-text";
import type { ProjectAgentUsage } from "@/lib/data/agent-runs/list-project-agent-usage";

/** Each project's agent cost and tokens, most expensive first. */
export function ProjectUsageList({ projects }: { projects: ProjectAgentUsage[] }) {
  if (!projects.length)
    return <p className="text-sm text-muted-foreground">No agent has run in this period.</p>;
  return (
    <ul className="grid gap-2 text-sm" aria-label="Agent cost by project">
      {projects.map((project) => (
        <li
          key={project.projectId}
          className="flex min-w-0 flex-wrap items-baseline justify-between gap-x-3"
          data-testid="project-usage"
          data-project={project.projectName}
        >
          <Link
            href={`/launcher#project-${project.projectId}`}
            className="min-w-0 font-medium break-all underline-offset-4 hover:underline"
          >
            {project.projectName}
          </Link>
          <span className="tabular-nums" data-testid="project-usage-cost">
            <AgentCost usage={project} />
          </span>
          <span
            className="basis-full text-xs text-muted-foreground tabular-nums"
            data-testid="project-usage-tokens"
          >
            {formatAgentTokens(project)} · {project.runs === 1 ? "1 run" : `${project.runs} runs`}
          </span>
        </li>
      ))}
    </ul>
  );
}
