import type { Metadata } from "next";
import { ChannelForm } from "@/components/notifications/channel-form";
import { ChannelItem } from "@/components/notifications/channel-item";
import { DeliveryLog } from "@/components/notifications/delivery-log";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/require";
import { findChannelSigningSecret } from "@/lib/data/notifications/find-channel-signing-secret";
import { listDeliveries } from "@/lib/data/notifications/list-deliveries";
import { listNotificationChannels } from "@/lib/data/notifications/list-notification-channels";

export const metadata: Metadata = { title: "Notifications" };
export const dynamic = "force-dynamic";

export default async function NotificationsPage() {
  await requireRole("admin");
  const [channels, deliveries] = await Promise.all([listNotificationChannels(), listDeliveries()]);
  const secrets = await Promise.all(
    channels.map((channel) =>
      channel.kind === "webhook"
        ? findChannelSigningSecret(channel.id).catch(() => undefined)
        : undefined,
    ),
  );
  return (
    <>
      <PageHeader
        title="Notifications"
        description="Where Mission Control tells people what happened, and what it sent."
      />
      <div className="flex flex-col gap-6">
        <Card role="region" aria-labelledby="channels-title">
          <CardHeader>
            <CardTitle id="channels-title">Channels</CardTitle>
          </CardHeader>
          <CardContent>
            {channels.length ? (
              <ul className="flex flex-col gap-3">
                {channels.map((channel, index) => (
                  <ChannelItem key={channel.id} channel={channel} signingSecret={secrets[index]} />
                ))}
              </ul>
            ) : (
              <p className="text-sm text-muted-foreground">No channels yet: add one below.</p>
            )}
          </CardContent>
        </Card>
        <Card role="region" aria-labelledby="add-channel-title">
          <CardHeader>
            <CardTitle id="add-channel-title">Add a channel</CardTitle>
          </CardHeader>
          <CardContent>
            <ChannelForm />
          </CardContent>
        </Card>
        <Card role="region" aria-labelledby="deliveries-title">
          <CardHeader>
            <CardTitle id="deliveries-title">Delivery log</CardTitle>
          </CardHeader>
          <CardContent>
            <DeliveryLog deliveries={deliveries} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
