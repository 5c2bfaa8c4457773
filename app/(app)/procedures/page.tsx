import { ClipboardList } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ProcedureList } from "@/components/procedures/procedure-list";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { requireSession } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { listProcedures, listProcedureTypes } from "@/lib/data/procedures/list-procedures";
import { listProjectOptions } from "@/lib/data/projects/list-project-options";
import { procedureFiltersSchema } from "@/lib/validation/procedures";

export const metadata: Metadata = { title: "Procedures" };
export const dynamic = "force-dynamic";

export default async function ProceduresPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireSession();
  const parsed = procedureFiltersSchema.safeParse(await searchParams);
  const filters = parsed.success ? parsed.data : {};
  const [procedures, projects, types] = await Promise.all([
    listProcedures(filters),
    listProjectOptions(),
    listProcedureTypes(),
  ]);
  return (
    <>
      <PageHeader
        title="Procedures"
        description="Standard operating procedures, mandatory first."
        actions={
          hasRole(actor.role, "operator") ? (
            <Button asChild>
              <Link href="/procedures/new">New procedure</Link>
            </Button>
          ) : null
        }
      />
      <form
        method="get"
        className="mb-4 flex flex-wrap items-center gap-2"
        aria-label="Filter procedures"
      >
        <NativeSelect name="project" defaultValue={filters.project ?? ""} aria-label="Project">
          <option value="">All projects</option>
          {projects.map((project) => (
            <option key={project.id} value={project.name}>
              {project.name}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect name="type" defaultValue={filters.type ?? ""} aria-label="Type">
          <option value="">All types</option>
          {types.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect
          name="mandatory"
          defaultValue={filters.mandatory ?? ""}
          aria-label="Mandatory"
        >
          <option value="">Mandatory or not</option>
          <option value="yes">Mandatory only</option>
          <option value="no">Optional only</option>
        </NativeSelect>
        <Button type="submit" variant="outline">
          Filter
        </Button>
        {filters.project ? (
          <Button asChild variant="link">
            <Link href={`/procedures/checklist?project=${encodeURIComponent(filters.project)}`}>
              Checklist for {filters.project}
            </Link>
          </Button>
        ) : null}
      </form>
      {procedures.length ? (
        <ProcedureList items={procedures} />
      ) : (
        <EmptyState icon={ClipboardList} title="No procedures match">
          Change the filters, or add a procedure.
        </EmptyState>
      )}
    </>
  );
}
