import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { DeliveryTable } from "@/components/webhooks/delivery-table";
import { requireRole } from "@/lib/auth/require";
import { listWebhookDeliveries } from "@/lib/data/webhook-deliveries/list-webhook-deliveries";

export const metadata: Metadata = { title: "Unmatched webhook deliveries" };
export const dynamic = "force-dynamic";

/** Webhook deliveries no project matched (unknown repository or project, unreadable body). */
export default async function UnmatchedWebhookDeliveriesPage() {
  await requireRole("operator");
  const deliveries = await listWebhookDeliveries(null, 50);
  return (
    <>
      <PageHeader
        title="Unmatched webhook deliveries"
        description="Webhook requests that named no registered project, or could not be read. A project's own deliveries are on its page."
        actions={
          <Link className="text-sm underline-offset-4 hover:underline" href="/launcher">
            Back to the launcher
          </Link>
        }
      />
      <DeliveryTable deliveries={deliveries} />
    </>
  );
}
