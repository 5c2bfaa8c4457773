// The e2e tests drive Debian's Chromium: Playwright cannot download browsers on these machines.
import { existsSync } from "node:fs";
import { aptInstall } from "./apt-install.mjs";

export function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(chromium)) return;
  console.log("› Installing Debian's chromium for the browser tests…");
  if (aptInstall(["chromium"])) return;
  console.error("\n✖ apt-get install chromium failed.");
  process.exit(1);
}
