import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { ServiceWorkerRegistration } from "@/components/status/service-worker-registration";
import { StatusBoard } from "@/components/status/status-board";
import { requireSession } from "@/lib/auth/require";
import { readStatus } from "@/lib/services/status/read-status";

export const metadata: Metadata = { title: "Status" };
export const dynamic = "force-dynamic";

export default async function StatusPage() {
  const actor = await requireSession();
  return (
    <>
      <PageHeader title="Status" description="What needs you, what runs, what failed lately." />
      <StatusBoard initial={await readStatus(actor)} />
      <ServiceWorkerRegistration />
    </>
  );
}
