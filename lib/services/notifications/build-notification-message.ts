import { findNotificationSubject } from "@/lib/data/notifications/find-notification-subject";
import { findOrCreateApprovalLinks } from "@/lib/data/notifications/find-or-create-approval-links";
import type { NotificationMessage } from "@/lib/data/notifications/notification-message";
import { approvalLinkToken } from "@/lib/services/notifications/approval-link-token";
import { linkBaseUrl } from "@/lib/services/notifications/link-base-url";
import { NOTIFICATION_EVENT_LABELS, type NotificationEvent } from "@/lib/validation/notifications";

const clip = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

/** The words and links of a notification, from the event and what it is about. */
export async function buildNotificationMessage(
  event: NotificationEvent,
): Promise<NotificationMessage> {
  const base = await linkBaseUrl();
  const { mission, approval, session } = await findNotificationSubject(event);
  const project = mission?.project.name ?? session?.project.name;
  const label = NOTIFICATION_EVENT_LABELS[event.kind];
  const lines = [
    mission ? `Mission: ${clip(mission.objective, 200)}` : undefined,
    project ? `Project: ${project}` : undefined,
    event.summary || undefined,
  ].filter(Boolean);
  const message: NotificationMessage = {
    kind: event.kind,
    title: project ? `${label}: ${project}` : label,
    body: lines.join("\n"),
    url: mission
      ? `${base}/missions/${mission.id}`
      : event.sessionId
        ? `${base}/sessions/${event.sessionId}`
        : undefined,
    missionId: event.missionId,
    sessionId: event.sessionId,
  };
  if (approval && approval.status === "pending") {
    const links = await findOrCreateApprovalLinks(approval.id, approval.timeoutAt);
    message.approval = {
      id: approval.id,
      kind: approval.kind,
      approveUrl: `${base}/approvals/${approvalLinkToken(links.approve)}`,
      rejectUrl: `${base}/approvals/${approvalLinkToken(links.reject)}`,
    };
  }
  return message;
}
