export const MESSAGE_TYPE_LABELS: Record<string, string> = {
  "task-request": "Task request",
  "status-update": "Status update",
  question: "Question",
  notification: "Notification",
};
