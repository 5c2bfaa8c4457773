import { BookOpen } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { KnowledgeList } from "@/components/knowledge/knowledge-list";
import { KnowledgeSearchForm } from "@/components/knowledge/knowledge-search-form";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { Pagination } from "@/components/shell/pagination";
import { Button } from "@/components/ui/button";
import { requireSession } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { listKnowledgeCategories } from "@/lib/data/knowledge/list-knowledge-categories";
import { searchKnowledge } from "@/lib/data/knowledge/search-knowledge";
import { parseKnowledgeFilters } from "@/lib/validation/knowledge";

export const metadata: Metadata = { title: "Knowledge" };
export const dynamic = "force-dynamic";

export default async function KnowledgePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireSession();
  const { filters, errors } = parseKnowledgeFilters(await searchParams);
  const [list, categories] = await Promise.all([
    searchKnowledge(filters),
    listKnowledgeCategories(),
  ]);
  return (
    <>
      <PageHeader
        title="Knowledge"
        description={
          filters.q
            ? "Patterns, techniques and gotchas the agents share: best matches first."
            : "Patterns, techniques and gotchas the agents share: recently updated first."
        }
        actions={
          hasRole(actor.role, "operator") ? (
            <Button asChild>
              <Link href="/knowledge/new">New knowledge</Link>
            </Button>
          ) : null
        }
      />
      <KnowledgeSearchForm filters={filters} errors={errors} categories={categories} />
      {list.items.length ? (
        <>
          <KnowledgeList items={list.items} />
          <Pagination
            basePath="/knowledge"
            params={filters}
            page={list.page}
            pageCount={list.pageCount}
            total={list.total}
          />
        </>
      ) : (
        <EmptyState icon={BookOpen} title="No knowledge matches">
          Try other words or filters, or add what you learned.
        </EmptyState>
      )}
    </>
  );
}
