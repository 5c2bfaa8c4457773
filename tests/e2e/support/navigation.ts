import type { Page } from "@playwright/test";

/** Every area the main navigation links to, with its path; Overview last, to come back home. */
export const AREAS = [
  ["Status", "/status"],
  ["Launcher", "/launcher"],
  ["Sessions", "/sessions"],
  ["Feedback", "/feedback"],
  ["Procedures", "/procedures"],
  ["Knowledge", "/knowledge"],
  ["Messages", "/messages"],
  ["Missions", "/missions"],
  ["Settings", "/settings"],
  ["Audit", "/audit"],
  ["Overview", "/"],
] as const;

/** The main navigation: the sidebar on a desktop, the header menu on a phone. */
export async function openNavigation(page: Page) {
  const menu = page.getByRole("button", { name: "Open menu" });
  if (await menu.isVisible()) await menu.click();
  return page.getByRole("navigation", { name: "Main" }).filter({ visible: true });
}
