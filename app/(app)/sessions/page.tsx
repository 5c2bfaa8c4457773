import { History } from "lucide-react";
import type { Metadata } from "next";
import { AreaPlaceholder } from "@/components/shell/area-placeholder";
import { requireSession } from "@/lib/auth/require";
import { getOverviewCounts } from "@/lib/data/overview/get-overview-counts";

export const metadata: Metadata = { title: "Sessions" };
export const dynamic = "force-dynamic";

export default async function SessionsPage() {
  await requireSession();
  const counts = await getOverviewCounts();
  return (
    <AreaPlaceholder
      title="Sessions"
      description="Every agent working session, open and closed."
      icon={History}
      stored={`${counts.sessions} sessions are stored, ${counts.unclosedSessions} of them unclosed.`}
    />
  );
}
