import { BookOpen } from "lucide-react";
import type { Metadata } from "next";
import { AreaPlaceholder } from "@/components/shell/area-placeholder";
import { requireSession } from "@/lib/auth/require";
import { getOverviewCounts } from "@/lib/data/overview/get-overview-counts";

export const metadata: Metadata = { title: "Knowledge" };
export const dynamic = "force-dynamic";

export default async function KnowledgePage() {
  await requireSession();
  const counts = await getOverviewCounts();
  return (
    <AreaPlaceholder
      title="Knowledge"
      description="Patterns, techniques and gotchas the agents share."
      icon={BookOpen}
      stored={`${counts.knowledge} knowledge entries are stored.`}
    />
  );
}
