import type { Metadata } from "next";
import { KnowledgeForm } from "@/components/knowledge/knowledge-form";
import { PageHeader } from "@/components/shell/page-header";
import { AddKnowledgeSqlPanel } from "@/components/sql-templates/add-knowledge-sql-panel";
import { requireRole } from "@/lib/auth/require";
import { listIdentityOptions } from "@/lib/data/identities/list-identity-options";
import { listKnowledgeCategories } from "@/lib/data/knowledge/list-knowledge-categories";

export const metadata: Metadata = { title: "New knowledge" };
export const dynamic = "force-dynamic";

export default async function NewKnowledgePage() {
  await requireRole("operator");
  const [identities, categories] = await Promise.all([
    listIdentityOptions(),
    listKnowledgeCategories(),
  ]);
  return (
    <>
      <PageHeader
        title="New knowledge"
        description="A pattern, technique or gotcha worth reusing."
      />
      <KnowledgeForm
        initial={{
          title: "",
          description: "",
          type: "pattern",
          category: "",
          confidence: "5",
          createdByIdentityId: "",
        }}
        identities={identities}
        categories={categories}
      />
      <div className="mt-8 max-w-2xl">
        <AddKnowledgeSqlPanel />
      </div>
    </>
  );
}
