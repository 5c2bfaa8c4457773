import { deleteChannelAction, testChannelAction } from "@/app/(app)/settings/notifications/actions";
import { ChannelForm } from "@/components/notifications/channel-form";
import { IdActionForm } from "@/components/notifications/id-action-form";
import { Badge } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import type { ChannelView } from "@/lib/data/notifications/channel-types";
import { CHANNEL_KIND_LABELS, NOTIFICATION_EVENT_LABELS } from "@/lib/validation/notifications";

function where(channel: ChannelView) {
  const { config } = channel;
  if (channel.kind === "telegram") return `chat ${config.chatId} via ${config.telegramBaseUrl}`;
  if (channel.kind === "ntfy") return `${config.ntfyServerUrl}/${config.ntfyTopic}`;
  return config.urlHint ?? "";
}

/** One channel: where it sends, its filter, its signing secret (webhooks), and its controls. */
export function ChannelItem({
  channel,
  signingSecret,
}: {
  channel: ChannelView;
  signingSecret?: string;
}) {
  return (
    <li
      className="flex flex-col gap-3 rounded-lg border p-4"
      aria-label={`Channel ${channel.name}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{channel.name}</span>
        <Badge variant="secondary">{CHANNEL_KIND_LABELS[channel.kind]}</Badge>
      </div>
      <p className="break-all text-sm text-muted-foreground">{where(channel)}</p>
      <p className="text-sm">
        {channel.events.map((event) => NOTIFICATION_EVENT_LABELS[event]).join(", ")}
      </p>
      {signingSecret ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted-foreground">Signing secret</span>
          <code className="break-all rounded bg-muted px-1.5 py-0.5 font-mono text-xs">
            {signingSecret}
          </code>
          <CopyButton text={signingSecret} label="Copy secret" />
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <IdActionForm
          action={testChannelAction}
          name="channelId"
          value={channel.id}
          label="Send a test"
          ariaLabel={`Test ${channel.name}`}
        />
        <IdActionForm
          action={deleteChannelAction}
          name="channelId"
          value={channel.id}
          label="Delete"
          ariaLabel={`Delete ${channel.name}`}
          variant="destructive"
        />
      </div>
      <details>
        <summary className="cursor-pointer text-sm underline-offset-4 hover:underline">
          Edit
        </summary>
        <div className="pt-3">
          <ChannelForm channel={channel} />
        </div>
      </details>
    </li>
  );
}
