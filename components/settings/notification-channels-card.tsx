import { BellOff } from "lucide-react";
import { EmptyState } from "@/components/shell/empty-state";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

export function NotificationChannelsCard() {
  return (
    <Card role="region" aria-labelledby="notification-channels-title">
      <CardHeader>
        <CardTitle id="notification-channels-title">Notification channels</CardTitle>
      </CardHeader>
      <CardContent>
        <EmptyState icon={BellOff} title="Arrives with missions">
          Telegram, Slack-style and signed webhook channels come with missions, which send the
          notifications. Until then there is nothing to configure.
        </EmptyState>
      </CardContent>
    </Card>
  );
}
