// The e2e tests drive Debian's Chromium: Playwright cannot download browsers on these machines.
import { existsSync } from "node:fs";
import { runOrExit } from "./bootstrap.mjs";

export function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(chromium)) return;
  console.log("› Installing Debian's chromium for the browser tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (args) =>
    process.getuid?.() === 0
      ? runOrExit("apt-get", args, { env })
      : runOrExit("sudo", ["--preserve-env=DEBIAN_FRONTEND", "apt-get", ...args], { env });
  apt(["update", "-qq"]);
  apt(["install", "-y", "-qq", "chromium"]);
}
