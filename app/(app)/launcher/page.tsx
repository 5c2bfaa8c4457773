import { Rocket } from "lucide-react";
import type { Metadata } from "next";
import { AreaPlaceholder } from "@/components/shell/area-placeholder";
import { requireSession } from "@/lib/auth/require";
import { getOverviewCounts } from "@/lib/data/overview/get-overview-counts";

export const metadata: Metadata = { title: "Launcher" };
export const dynamic = "force-dynamic";

export default async function LauncherPage() {
  await requireSession();
  const counts = await getOverviewCounts();
  return (
    <AreaPlaceholder
      title="Launcher"
      description="Start agent sessions in your projects."
      icon={Rocket}
      stored={`${counts.projects} projects are registered.`}
    />
  );
}
