import type { Metadata } from "next";
import { ProcedureForm } from "@/components/procedures/procedure-form";
import { PageHeader } from "@/components/shell/page-header";
import { requireRole } from "@/lib/auth/require";

export const metadata: Metadata = { title: "New procedure" };

export default async function NewProcedurePage() {
  await requireRole("operator");
  return (
    <>
      <PageHeader title="New procedure" />
      <ProcedureForm initial={{ appliesTo: "all" }} />
    </>
  );
}
