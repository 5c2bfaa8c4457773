import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { ReplayDeliveryButton } from "@/components/webhooks/replay-delivery-button";

const VERDICT_VARIANT = {
  started: "default",
  ignored: "secondary",
  duplicate: "secondary",
  rejected: "destructive",
  error: "destructive",
} as const;

export type DeliveryRow = {
  id: string;
  source: string;
  deliveryId: string | null;
  event: string | null;
  verdict: string;
  reason: string;
  missionId: string | null;
  replayOfId: string | null;
  receivedAt: Date;
  replayable: boolean;
};

/** Webhook deliveries, newest first: what came, the verdict and why, the mission; replayable. */
export function DeliveryTable({ deliveries }: { deliveries: DeliveryRow[] }) {
  return (
    <>
      {deliveries.length === 0 ? (
        <p className="text-sm text-muted-foreground" data-testid="no-deliveries">
          No deliveries yet.
        </p>
      ) : (
        <Table aria-label="Webhook deliveries">
          <TableHeader>
            <TableRow>
              <TableHead>Received</TableHead>
              <TableHead>Source</TableHead>
              <TableHead>Event</TableHead>
              <TableHead>Verdict</TableHead>
              <TableHead>Reason</TableHead>
              <TableHead />
            </TableRow>
          </TableHeader>
          <TableBody>
            {deliveries.map((delivery) => (
              <TableRow key={delivery.id} data-testid="webhook-delivery">
                <TableCell className="whitespace-nowrap text-xs">
                  {delivery.receivedAt.toISOString().replace("T", " ").slice(0, 19)} UTC
                </TableCell>
                <TableCell>{delivery.source}</TableCell>
                <TableCell className="font-mono text-xs">
                  {delivery.event ?? "—"}
                  <div className="text-muted-foreground">{delivery.deliveryId ?? ""}</div>
                </TableCell>
                <TableCell>
                  <Badge
                    variant={
                      VERDICT_VARIANT[delivery.verdict as keyof typeof VERDICT_VARIANT] ??
                      "secondary"
                    }
                  >
                    {delivery.verdict}
                  </Badge>
                  {delivery.replayOfId ? (
                    <div className="text-xs text-muted-foreground">replay</div>
                  ) : null}
                </TableCell>
                <TableCell className="text-sm">
                  {delivery.reason}
                  {delivery.missionId ? (
                    <>
                      {" "}
                      <Link className="underline" href={`/missions/${delivery.missionId}`}>
                        Open the mission
                      </Link>
                    </>
                  ) : null}
                </TableCell>
                <TableCell>
                  {delivery.replayable ? <ReplayDeliveryButton deliveryId={delivery.id} /> : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
