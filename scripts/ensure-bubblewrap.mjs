// Agents and verification commands run in a bubblewrap sandbox (lib/subprocess/sandbox-*.ts).
import { aptInstall, onPath } from "./apt-install.mjs";

/** Installs Debian's bubblewrap when bwrap is missing; without it the sandbox stays off. */
export function ensureBubblewrap() {
  if (process.env.MC_SANDBOX === "off" || onPath("bwrap")) return;
  if (!onPath("apt-get")) {
    console.warn("! bwrap is missing and apt-get is not here: agents will run without a sandbox.");
    return;
  }
  console.log("› Installing Debian's bubblewrap, the sandbox of agents and verification…");
  if (!aptInstall(["bubblewrap"]))
    console.warn("! Could not install bubblewrap: agents will run without a sandbox.");
}
