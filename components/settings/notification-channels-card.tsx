import { Bell, BellOff } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/shell/empty-state";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { listNotificationChannels } from "@/lib/data/notifications/list-notification-channels";
import { CHANNEL_KIND_LABELS } from "@/lib/validation/notifications";

/** The channels in short; admins manage them and read the delivery log on their own page. */
export async function NotificationChannelsCard({ canEdit }: { canEdit: boolean }) {
  const channels = await listNotificationChannels();
  return (
    <Card role="region" aria-labelledby="notification-channels-title">
      <CardHeader>
        <CardTitle id="notification-channels-title">Notification channels</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {channels.length ? (
          <ul className="flex flex-col gap-1 text-sm">
            {channels.map((channel) => (
              <li key={channel.id} className="flex items-center gap-2">
                <Bell className="size-4 text-muted-foreground" aria-hidden />
                <span className="font-medium">{channel.name}</span>
                <span className="text-muted-foreground">{CHANNEL_KIND_LABELS[channel.kind]}</span>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState icon={BellOff} title="No channels">
            Telegram, Slack-style webhooks, ntfy and signed webhooks can tell people when a mission
            needs them, with approve and reject links.
          </EmptyState>
        )}
        {canEdit ? (
          <Link href="/settings/notifications" className="text-sm underline underline-offset-4">
            Manage channels and the delivery log
          </Link>
        ) : null}
      </CardContent>
    </Card>
  );
}
