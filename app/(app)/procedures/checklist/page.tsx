import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CopyMarkdownButton } from "@/components/procedures/copy-markdown-button";
import { PageHeader } from "@/components/shell/page-header";
import { requireSession } from "@/lib/auth/require";
import { listProcedures } from "@/lib/data/procedures/list-procedures";
import { checklistMarkdown } from "@/lib/services/procedures/checklist-markdown";

export const metadata: Metadata = { title: "Checklist" };
export const dynamic = "force-dynamic";

export default async function ChecklistPage({
  searchParams,
}: {
  searchParams: Promise<{ project?: string }>;
}) {
  await requireSession();
  const project = z
    .string()
    .trim()
    .min(1)
    .max(200)
    .safeParse((await searchParams).project);
  if (!project.success) notFound();
  const procedures = await listProcedures({ project: project.data });
  const markdown = checklistMarkdown(project.data, procedures);
  return (
    <>
      <PageHeader
        title={`Checklist for ${project.data}`}
        description="Every procedure that applies, mandatory first."
        actions={<CopyMarkdownButton markdown={markdown} />}
      />
      <ol className="flex flex-col gap-2" data-testid="checklist">
        {procedures.map((procedure) => (
          <li key={procedure.id} className="flex items-start gap-2">
            <input type="checkbox" aria-label={procedure.name} className="mt-1 size-4" />
            <span>
              {procedure.mandatory ? <strong>MANDATORY </strong> : null}
              {procedure.name}
              {procedure.shortDescription ? (
                <span className="text-muted-foreground"> — {procedure.shortDescription}</span>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
      <details className="mt-6 print:hidden">
        <summary className="cursor-pointer text-sm text-muted-foreground">Markdown</summary>
        <pre
          className="mt-2 overflow-x-auto rounded-md border p-3 text-xs"
          data-testid="checklist-markdown"
        >
          {markdown}
        </pre>
      </details>
    </>
  );
}
