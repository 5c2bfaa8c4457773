"use client";

import { useState } from "react";
import { saveChannelAction } from "@/app/(app)/settings/notifications/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { FieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { FormSubmit } from "@/components/ui/form-submit";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { ChannelView } from "@/lib/data/notifications/channel-types";
import {
  CHANNEL_KIND_LABELS,
  CHANNEL_KINDS,
  type ChannelKind,
  eventFieldName,
  NOTIFICATION_EVENT_KINDS,
  NOTIFICATION_EVENT_LABELS,
} from "@/lib/validation/notifications";

const DEFAULT_EVENTS = ["approval_needed", "mission_finished", "mission_failed", "stall"];

/** Add a channel, or edit one: a secret left blank keeps the stored one. */
export function ChannelForm({ channel }: { channel?: ChannelView }) {
  const idPrefix = channel ? `channel-${channel.id}` : "new-channel";
  const { state, formAction, pending, control, field } = useFormAction(saveChannelAction, {
    idPrefix,
    initial: {
      name: channel?.name ?? "",
      kind: channel?.kind ?? "ntfy",
      telegramBaseUrl: channel?.config.telegramBaseUrl ?? "https://api.telegram.org",
      chatId: channel?.config.chatId ?? "",
      ntfyServerUrl: channel?.config.ntfyServerUrl ?? "https://ntfy.sh",
      ntfyTopic: channel?.config.ntfyTopic ?? "",
    },
  });
  const [kind, setKind] = useState<ChannelKind>(channel?.kind ?? "ntfy");
  const keep = channel ? " (blank keeps the stored one)" : "";
  const events = channel?.events ?? DEFAULT_EVENTS;
  return (
    <form
      action={formAction}
      noValidate
      className="flex flex-col gap-4"
      aria-label={channel ? `Edit channel ${channel.name}` : "Add a channel"}
    >
      {channel ? <input type="hidden" name="channelId" value={channel.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField {...field("name", "Name")}>
          <Input {...control("name")} />
        </FormField>
        <FormField {...field("kind", "Kind")}>
          {channel ? (
            <>
              <input type="hidden" name="kind" value={channel.kind} />
              <Input id={`${idPrefix}-kind`} value={CHANNEL_KIND_LABELS[channel.kind]} readOnly />
            </>
          ) : (
            <NativeSelect
              {...control("kind")}
              onChange={(event) => setKind(event.target.value as ChannelKind)}
            >
              {CHANNEL_KINDS.map((value) => (
                <option key={value} value={value}>
                  {CHANNEL_KIND_LABELS[value]}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
      </div>
      {kind === "telegram" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField {...field("telegramBaseUrl", "Bot API base URL")}>
            <Input {...control("telegramBaseUrl")} inputMode="url" />
          </FormField>
          <FormField {...field("chatId", "Chat id")}>
            <Input {...control("chatId")} />
          </FormField>
          <FormField {...field("botToken", `Bot token${keep}`)}>
            <Input {...control("botToken")} type="password" autoComplete="off" defaultValue="" />
          </FormField>
        </div>
      ) : null}
      {kind === "slack" || kind === "webhook" ? (
        <FormField
          {...field("url", `${kind === "slack" ? "Incoming webhook URL" : "Endpoint URL"}${keep}`)}
        >
          <Input {...control("url")} type="password" autoComplete="off" defaultValue="" />
        </FormField>
      ) : null}
      {kind === "ntfy" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField {...field("ntfyServerUrl", "Server URL")}>
            <Input {...control("ntfyServerUrl")} inputMode="url" />
          </FormField>
          <FormField {...field("ntfyTopic", "Topic")}>
            <Input {...control("ntfyTopic")} />
          </FormField>
          <FormField {...field("ntfyToken", `Access token, optional${keep}`)}>
            <Input {...control("ntfyToken")} type="password" autoComplete="off" defaultValue="" />
          </FormField>
        </div>
      ) : null}
      <fieldset className="flex flex-col gap-2" aria-describedby={`${idPrefix}-events-error`}>
        <legend className="mb-1 text-sm font-medium">Send these events</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {NOTIFICATION_EVENT_KINDS.map((event) => (
            <label key={event} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={eventFieldName(event)}
                defaultChecked={events.includes(event)}
                className="size-4"
              />
              {NOTIFICATION_EVENT_LABELS[event]}
            </label>
          ))}
        </div>
        <FieldError id={`${idPrefix}-events-error`} message={state.fieldErrors?.events} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <FormSubmit pending={pending} state={state} errorId={`${idPrefix}-form-error`}>
          {channel ? "Save channel" : "Add channel"}
        </FormSubmit>
      </div>
    </form>
  );
}
