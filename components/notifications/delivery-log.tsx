import { resendDeliveryAction } from "@/app/(app)/settings/notifications/actions";
import { IdActionForm } from "@/components/notifications/id-action-form";
import { Badge } from "@/components/ui/badge";
import type { DeliveryLogRow } from "@/lib/data/notifications/list-deliveries";

const STATUS_VARIANT = {
  delivered: "secondary",
  failed: "destructive",
  retrying: "outline",
  pending: "outline",
} as const;

const when = (date: Date) => `${date.toISOString().replace("T", " ").slice(0, 19)} UTC`;

/** The newest deliveries: each with its status, tries and last error; a failed one can go again. */
export function DeliveryLog({ deliveries }: { deliveries: DeliveryLogRow[] }) {
  if (!deliveries.length)
    return <p className="text-sm text-muted-foreground">Nothing was sent yet.</p>;
  return (
    <ul className="flex flex-col gap-2" aria-label="Delivery log">
      {deliveries.map((delivery) => (
        <li
          key={delivery.id}
          className="flex flex-col gap-1 rounded-lg border p-3 text-sm"
          aria-label={`Delivery ${delivery.title} to ${delivery.channelName}`}
        >
          <div className="flex flex-wrap items-center gap-2">
            <Badge
              variant={STATUS_VARIANT[delivery.status as keyof typeof STATUS_VARIANT] ?? "outline"}
            >
              {delivery.status}
            </Badge>
            <span className="font-medium">{delivery.title}</span>
            <span className="text-muted-foreground">→ {delivery.channelName}</span>
          </div>
          <p className="text-muted-foreground">
            {when(delivery.createdAt)} · {delivery.attempts}{" "}
            {delivery.attempts === 1 ? "attempt" : "attempts"}
            {delivery.deliveredAt ? ` · delivered ${when(delivery.deliveredAt)}` : ""}
          </p>
          {delivery.lastError && delivery.status !== "delivered" ? (
            <p className="break-words text-destructive">Last error: {delivery.lastError}</p>
          ) : null}
          {delivery.status === "failed" ? (
            <IdActionForm
              action={resendDeliveryAction}
              name="deliveryId"
              value={delivery.id}
              label="Re-send"
              ariaLabel={`Re-send ${delivery.title}`}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
