import { History } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { SessionFilters } from "@/components/sessions/session-filters";
import { SessionTable } from "@/components/sessions/session-table";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { Pagination } from "@/components/shell/pagination";
import { requireSession } from "@/lib/auth/require";
import { listIdentityOptions } from "@/lib/data/identities/list-identity-options";
import { listProjectOptions } from "@/lib/data/projects/list-project-options";
import { countOpenSessions } from "@/lib/data/sessions/count-open-sessions";
import { listSessions } from "@/lib/data/sessions/list-sessions";
import { parseSessionFilters } from "@/lib/validation/sessions";

export const metadata: Metadata = { title: "Sessions" };
export const dynamic = "force-dynamic";

export default async function SessionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireSession();
  const { filters, errors } = parseSessionFilters(await searchParams);
  const [list, openCount, projects, identities] = await Promise.all([
    listSessions(filters),
    countOpenSessions(),
    listProjectOptions(),
    listIdentityOptions(),
  ]);
  return (
    <>
      <PageHeader
        title="Sessions"
        description="Every agent working session, newest first."
        actions={
          openCount && filters.state !== "open" ? (
            <Link href="/sessions?state=open" className="text-sm font-medium hover:underline">
              {openCount === 1 ? "1 session is" : `${openCount} sessions are`} still open
            </Link>
          ) : null
        }
      />
      <SessionFilters
        filters={filters}
        errors={errors}
        projects={projects.map((project) => project.name)}
        identities={identities}
      />
      {Object.keys(errors).length ? (
        <p role="alert" className="mb-4 text-sm text-destructive">
          Some filters were not valid and were left out: see the messages above.
        </p>
      ) : null}
      {list.items.length ? (
        <>
          <SessionTable items={list.items} now={new Date()} />
          <Pagination
            basePath="/sessions"
            params={filters}
            page={list.page}
            pageCount={list.pageCount}
            total={list.total}
          />
        </>
      ) : (
        <EmptyState icon={History} title="No sessions match">
          Change the filters: sessions appear here as agents start and close them.
        </EmptyState>
      )}
    </>
  );
}
