import { Target } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { startDemoMissionAction } from "@/app/(app)/missions/actions";
import { MissionList } from "@/components/missions/mission-list";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { Pagination } from "@/components/shell/pagination";
import { Button } from "@/components/ui/button";
import { requireSession } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { listMissions } from "@/lib/data/missions/list-missions";
import { missionListQuerySchema } from "@/lib/validation/missions";

export const metadata: Metadata = { title: "Missions" };
export const dynamic = "force-dynamic";

export default async function MissionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireSession();
  const query = missionListQuerySchema.safeParse(await searchParams);
  const page = query.success ? query.data.page : 1;
  const list = await listMissions(page);
  const canOperate = hasRole(actor.role, "operator");
  return (
    <>
      <PageHeader
        title="Missions"
        description="Objectives that agents plan, execute and merge on their own."
        actions={
          canOperate ? (
            <div className="flex flex-wrap gap-2" data-testid="mission-actions">
              <form action={startDemoMissionAction}>
                <Button type="submit" variant="outline">
                  Start demo mission
                </Button>
              </form>
              <Button asChild>
                <Link href="/missions/new">New mission</Link>
              </Button>
            </div>
          ) : null
        }
      />
      {list.items.length ? (
        <>
          <MissionList items={list.items} now={new Date()} />
          <Pagination
            basePath="/missions"
            params={{}}
            page={list.page}
            pageCount={list.pageCount}
            total={list.total}
          />
        </>
      ) : (
        <EmptyState icon={Target} title={page > 1 ? "No missions on this page" : "No missions yet"}>
          {canOperate
            ? "Start one with New mission: give a project an objective and watch the agents plan, work and merge."
            : "Operators start missions; they will show here."}
        </EmptyState>
      )}
    </>
  );
}
