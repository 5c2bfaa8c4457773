import { setMessageStatusAction } from "@/app/(app)/messages/actions";
import { messageBodyText } from "@/components/messages/message-body-text";
import { MESSAGE_TYPE_LABELS } from "@/components/messages/message-type-labels";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { InboxMessage } from "@/lib/data/messages/list-inbox";
import { cn } from "@/lib/utils";

function StatusButton({
  messageId,
  status,
  label,
}: {
  messageId: string;
  status: "read" | "processed";
  label: string;
}) {
  return (
    <form action={setMessageStatusAction}>
      <input type="hidden" name="messageId" value={messageId} />
      <input type="hidden" name="status" value={status} />
      <Button type="submit" size="sm" variant="outline">
        {label}
      </Button>
    </form>
  );
}

export function InboxList({ items, canAct }: { items: InboxMessage[]; canAct: boolean }) {
  return (
    <ul className="flex flex-col gap-2">
      {items.map((message) => {
        const unread = message.status === "unread" || message.status === null;
        return (
          <li
            key={message.id}
            data-testid="message"
            className={cn("rounded-lg border p-3", unread && "border-primary/60 bg-accent/40")}
          >
            <div className="flex flex-wrap items-center gap-2">
              {unread ? <Badge>unread</Badge> : <Badge variant="outline">{message.status}</Badge>}
              <Badge variant="secondary">
                {MESSAGE_TYPE_LABELS[message.messageType] ?? message.messageType}
              </Badge>
              {message.toIdentityId ? null : <Badge variant="outline">broadcast</Badge>}
              <span className="min-w-0 font-medium break-words">
                {message.messageSubject ?? "(no subject)"}
              </span>
            </div>
            <p className="mt-2 whitespace-pre-wrap break-words text-sm">
              {messageBodyText(message.messageBody)}
            </p>
            <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-xs text-muted-foreground">
              <span>
                from {message.from?.name ?? "unknown"} ·{" "}
                {message.createdAt?.toISOString().replace("T", " ").slice(0, 16)} UTC
              </span>
              {canAct ? (
                <span className="flex gap-2">
                  {unread ? (
                    <StatusButton messageId={message.id} status="read" label="Mark read" />
                  ) : null}
                  {message.status !== "processed" ? (
                    <StatusButton
                      messageId={message.id}
                      status="processed"
                      label="Mark processed"
                    />
                  ) : null}
                </span>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
