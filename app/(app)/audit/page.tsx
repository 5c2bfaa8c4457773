import { ScrollText } from "lucide-react";
import type { Metadata } from "next";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { Pagination } from "@/components/shell/pagination";
import { requireSession } from "@/lib/auth/require";
import { listAudit, listAuditFilterOptions } from "@/lib/data/audit/list-audit";
import { auditFiltersSchema } from "@/lib/validation/audit";

export const metadata: Metadata = { title: "Audit" };
export const dynamic = "force-dynamic";

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireSession();
  const parsed = auditFiltersSchema.safeParse(await searchParams);
  const filters = parsed.success ? parsed.data : { page: 1 };
  const [log, options] = await Promise.all([listAudit(filters), listAuditFilterOptions()]);
  return (
    <>
      <PageHeader title="Audit" description="Every change, who made it and when, newest first." />
      <AuditFilters filters={filters} options={options} />
      {parsed.success ? null : (
        <p role="alert" className="mb-4 text-sm text-destructive">
          {parsed.error.issues[0]?.message ?? "Some filters were not valid"}: they were ignored.
        </p>
      )}
      {log.items.length ? (
        <>
          <AuditTable items={log.items} />
          <Pagination
            basePath="/audit"
            params={filters}
            page={log.page}
            pageCount={log.pageCount}
            total={log.total}
          />
        </>
      ) : (
        <EmptyState icon={ScrollText} title="No entries match">
          Change the filters.
        </EmptyState>
      )}
    </>
  );
}
