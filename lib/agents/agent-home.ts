import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** The author of an agent's commits, with the profile's name. */
export const AGENT_EMAIL = "agent@mission-control.localhost";

const PREFIX = "mc-agent-home-";
// Longer than any run may last (a profile's timeout is at most a day).
const LEFT_BEHIND_MS = 25 * 3_600_000;

/** Removes the homes of runs a killed runner never cleaned up (they hold the CLIs' transcripts). */
async function removeLeftBehindHomes() {
  const names = await readdir(tmpdir()).catch(() => []);
  for (const name of names.filter((entry) => entry.startsWith(PREFIX))) {
    const dir = path.join(tmpdir(), name);
    const info = await stat(dir).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > LEFT_BEHIND_MS)
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** A fresh, empty HOME for one real-CLI run, so no run sees another's state or the user's own. */
export async function createAgentHome() {
  await removeLeftBehindHomes();
  const home = await mkdtemp(path.join(tmpdir(), PREFIX));
  return { home, remove: () => rm(home, { recursive: true, force: true }) };
}

/** Writes the CLI's config files into `home`, and a git identity for the agent's commits. */
export async function writeAgentHomeFiles(
  home: string,
  files: Record<string, string>,
  agentName: string,
) {
  const all = {
    ".gitconfig": `[user]\n\tname = ${agentName.replaceAll(/["\\\n]/g, "")}\n\temail = ${AGENT_EMAIL}\n`,
    ...files,
  };
  for (const [relative, content] of Object.entries(all)) {
    const file = path.join(home, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content, { mode: 0o600 });
  }
}
