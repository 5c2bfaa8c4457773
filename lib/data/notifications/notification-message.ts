/** What a delivery sends, in every channel's own shape: built once, stored on the delivery. */
export type NotificationMessage = {
  kind: string;
  title: string;
  body: string;
  /** The page to open: the mission's or the session's. */
  url?: string;
  /** Approve and reject links of an approval-needed notification. */
  approval?: { id: string; approveUrl: string; rejectUrl: string; kind: string };
  missionId?: string;
  sessionId?: string;
};
