export const STATUS_LABELS: Record<string, string> = {
  new: "New",
  in_progress: "In progress",
  resolved: "Resolved",
  wont_fix: "Won't fix",
};

export const TYPE_LABELS: Record<string, string> = {
  bug: "Bug",
  change: "Change",
  design: "Design",
  question: "Question",
};
