import { MessageSquareWarning } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { FeedbackFilters } from "@/components/feedback/feedback-filters";
import { FeedbackList } from "@/components/feedback/feedback-list";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { Pagination } from "@/components/shell/pagination";
import { Button } from "@/components/ui/button";
import { requireSession } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { listFeedback } from "@/lib/data/feedback/list-feedback";
import { listProjectOptions } from "@/lib/data/projects/list-project-options";
import { feedbackFiltersSchema } from "@/lib/validation/feedback";

export const metadata: Metadata = { title: "Feedback" };
export const dynamic = "force-dynamic";

export default async function FeedbackPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireSession();
  const parsed = feedbackFiltersSchema.safeParse(await searchParams);
  const filters = parsed.success ? parsed.data : { page: 1 };
  const [list, projects] = await Promise.all([listFeedback(filters), listProjectOptions()]);
  return (
    <>
      <PageHeader
        title="Feedback"
        description="Bugs, changes, design notes and questions per project."
        actions={
          hasRole(actor.role, "operator") ? (
            <Button asChild>
              <Link href="/feedback/new">New feedback</Link>
            </Button>
          ) : null
        }
      />
      <FeedbackFilters filters={filters} projects={projects} />
      {parsed.success ? null : (
        <p role="alert" className="mb-4 text-sm text-destructive">
          Some filters were not valid and were ignored.
        </p>
      )}
      {list.items.length ? (
        <>
          <FeedbackList items={list.items} />
          <Pagination
            basePath="/feedback"
            params={filters}
            page={list.page}
            pageCount={list.pageCount}
            total={list.total}
          />
        </>
      ) : (
        <EmptyState icon={MessageSquareWarning} title="No feedback matches">
          Change the filters, or add feedback.
        </EmptyState>
      )}
    </>
  );
}
