/** The buttons that change a mission, which a viewer never gets. */
export const MISSION_CHANGING_BUTTONS = [
  "Cancel mission",
  "Approve",
  "Reject",
  "Yes, cancel the mission",
] as const;
