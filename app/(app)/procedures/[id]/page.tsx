import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ProcedureForm } from "@/components/procedures/procedure-form";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { requireSession } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { findProcedure } from "@/lib/data/procedures/list-procedures";

export const metadata: Metadata = { title: "Procedure" };
export const dynamic = "force-dynamic";

export default async function ProcedurePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireSession();
  const id = z.uuid().safeParse((await params).id);
  const procedure = id.success ? await findProcedure(id.data) : null;
  if (!procedure) notFound();
  return (
    <>
      <PageHeader
        title={procedure.name}
        description={`${procedure.type ?? "—"} · ${procedure.frequency ?? "—"}`}
      />
      <div className="mb-6 flex flex-col gap-2 text-sm">
        {procedure.mandatory ? <Badge variant="destructive">mandatory</Badge> : null}
        {procedure.shortDescription ? (
          <p className="whitespace-pre-wrap break-words">{procedure.shortDescription}</p>
        ) : null}
        <p>Applies to: {procedure.appliesToProjects.join(", ") || "nothing"}</p>
        {procedure.filePath ? (
          <p className="break-all">
            Location: {procedure.locationType ?? "file"} {procedure.filePath}
          </p>
        ) : null}
      </div>
      {hasRole(actor.role, "operator") ? (
        <ProcedureForm
          id={procedure.id}
          initial={{
            name: procedure.name,
            type: procedure.type ?? "",
            shortDescription: procedure.shortDescription ?? "",
            locationType: procedure.locationType ?? "",
            filePath: procedure.filePath ?? "",
            appliesTo: procedure.appliesToProjects.join(", "),
            frequency: procedure.frequency ?? "",
            mandatory: Boolean(procedure.mandatory),
          }}
        />
      ) : null}
    </>
  );
}
