import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LiveMission } from "@/components/missions/live-mission";
import { MISSION_VIEW_TAIL } from "@/components/missions/live-mission-timing";
import { formatMissionTime } from "@/components/missions/mission-format";
import { PageHeader } from "@/components/shell/page-header";
import { requireSession } from "@/lib/auth/require";
import { hasRole } from "@/lib/auth/roles";
import { getMissionView } from "@/lib/data/missions/get-mission-view";
import { missionIdSchema } from "@/lib/validation/missions";

export const metadata: Metadata = { title: "Mission" };
export const dynamic = "force-dynamic";

export default async function MissionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireSession();
  const id = missionIdSchema.safeParse((await params).id);
  const view = id.success ? await getMissionView(id.data, { outputTail: MISSION_VIEW_TAIL }) : null;
  if (!view) notFound();
  return (
    <>
      <PageHeader
        title={`Mission on ${view.mission.projectName}`}
        description={`Started by ${view.mission.createdBy ?? "the system"} · ${formatMissionTime(view.mission.createdAt)}`}
        actions={
          <Link className="text-sm underline-offset-4 hover:underline" href="/missions">
            All missions
          </Link>
        }
      />
      {view.parent ? (
        <p className="mb-4 text-sm break-words">
          <span className="text-muted-foreground">Chained from: </span>
          <Link href={`/missions/${view.parent.id}`} className="underline">
            {view.parent.objective}
          </Link>
        </p>
      ) : null}
      <LiveMission initial={view} canOperate={hasRole(actor.role, "operator")} />
    </>
  );
}
