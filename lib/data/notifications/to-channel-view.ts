import type { ChannelConfig, ChannelView } from "@/lib/data/notifications/channel-types";
import type { ChannelKind, NotificationEventKind } from "@/lib/validation/notifications";

type ChannelRow = {
  id: string;
  name: string;
  kind: string;
  config: unknown;
  events: unknown;
  updatedAt: Date;
};

export function toChannelView(row: ChannelRow): ChannelView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as ChannelKind,
    config: (row.config ?? {}) as ChannelConfig,
    events: (Array.isArray(row.events) ? row.events : []) as NotificationEventKind[],
    updatedAt: row.updatedAt,
  };
}
