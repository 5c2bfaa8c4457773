import { Target } from "lucide-react";
import type { Metadata } from "next";
import { AreaPlaceholder } from "@/components/shell/area-placeholder";
import { requireSession } from "@/lib/auth/require";

export const metadata: Metadata = { title: "Missions" };

export default async function MissionsPage() {
  await requireSession();
  return (
    <AreaPlaceholder
      title="Missions"
      description="Objectives that agents plan, execute and merge on their own."
      icon={Target}
      stored="No missions have been run yet."
    />
  );
}
