// Shared by the server render and the browser's polling, so both ask for the same view.

export const MISSION_POLL_MS = 1_500;
/** Each unit's latest output line comes with the view, so a running unit shows what it is doing. */
export const MISSION_VIEW_TAIL = 1;
