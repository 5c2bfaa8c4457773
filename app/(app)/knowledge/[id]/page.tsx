import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KnowledgeForm } from "@/components/knowledge/knowledge-form";
import { appliedLabel, typeLabel } from "@/components/knowledge/knowledge-labels";
import { MarkAppliedButton } from "@/components/knowledge/mark-applied-button";
import { PageHeader } from "@/components/shell/page-header";
import { requireSession } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { listIdentityOptions } from "@/lib/data/identities/list-identity-options";
import { findKnowledge } from "@/lib/data/knowledge/find-knowledge";
import { listKnowledgeCategories } from "@/lib/data/knowledge/list-knowledge-categories";
import { knowledgeIdSchema } from "@/lib/validation/knowledge";

export const metadata: Metadata = { title: "Knowledge" };
export const dynamic = "force-dynamic";

const minute = (value: Date | null) =>
  value ? `${value.toISOString().replace("T", " ").slice(0, 16)} UTC` : "—";

export default async function KnowledgeDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireSession();
  const id = knowledgeIdSchema.safeParse((await params).id);
  const knowledge = id.success ? await findKnowledge(id.data) : null;
  if (!knowledge) notFound();
  const canAct = hasRole(actor.role, "operator");
  const [identities, categories] = canAct
    ? await Promise.all([listIdentityOptions(), listKnowledgeCategories()])
    : [[], []];
  return (
    <>
      <div className="wrap-anywhere">
        <PageHeader
          title={knowledge.title}
          description={`${typeLabel(knowledge.knowledgeType)} · ${knowledge.knowledgeCategory} · confidence ${knowledge.confidenceLevel ?? "—"}/10`}
          actions={canAct ? <MarkAppliedButton id={knowledge.id} /> : null}
        />
      </div>
      <p data-testid="knowledge-description" className="mb-4 whitespace-pre-wrap wrap-anywhere">
        {knowledge.description}
      </p>
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted-foreground">Use</dt>
        <dd data-testid="times-applied">{appliedLabel(knowledge.timesApplied)}</dd>
        <dt className="text-muted-foreground">Created by</dt>
        <dd className="wrap-anywhere">{knowledge.createdBy?.name ?? "no identity"}</dd>
        <dt className="text-muted-foreground">Created</dt>
        <dd>{minute(knowledge.createdAt)}</dd>
        <dt className="text-muted-foreground">Updated</dt>
        <dd>{minute(knowledge.lastUpdatedAt)}</dd>
      </dl>
      {canAct ? (
        <section aria-labelledby="edit-knowledge-heading" className="flex flex-col gap-3">
          <h2 id="edit-knowledge-heading" className="text-lg font-semibold">
            Edit
          </h2>
          <KnowledgeForm
            id={knowledge.id}
            initial={{
              title: knowledge.title,
              description: knowledge.description,
              type: knowledge.knowledgeType,
              category: knowledge.knowledgeCategory,
              confidence: String(knowledge.confidenceLevel ?? ""),
              createdByIdentityId: knowledge.createdByIdentityId ?? "",
            }}
            identities={identities}
            categories={categories}
          />
        </section>
      ) : null}
    </>
  );
}
