import { Activity } from "lucide-react";
import type { Metadata } from "next";
import { PingRunnerButton } from "@/components/runs/ping-runner-button";
import { RunCard } from "@/components/runs/run-card";
import { EmptyState } from "@/components/shell/empty-state";
import { PageHeader } from "@/components/shell/page-header";
import { requireRole } from "@/lib/auth/require";
import { listRecentRuns } from "@/lib/data/runs/list-recent-runs";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Runs" };
export const dynamic = "force-dynamic";

export default async function RunsPage() {
  await requireRole("admin");
  if (getEnv().MC_RUNNER !== "local") {
    return (
      <>
        <PageHeader title="Runs" />
        <EmptyState icon={Activity} title="Runs are on your Inngest server">
          Mission Control runs its functions on the Inngest server in INNGEST_BASE_URL: see its
          dashboard.
        </EmptyState>
      </>
    );
  }
  const runs = await listRecentRuns();
  return (
    <>
      <PageHeader
        title="Runs"
        description="The local runner's most recent function runs."
        actions={<PingRunnerButton />}
      />
      {runs.length ? (
        <ul className="flex flex-col gap-2">
          {runs.map((run) => (
            <RunCard key={run.run_id} run={run} />
          ))}
        </ul>
      ) : (
        <EmptyState icon={Activity} title="No runs yet">
          The heartbeat function runs every minute; its runs appear here.
        </EmptyState>
      )}
    </>
  );
}
