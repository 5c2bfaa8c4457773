import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** The author of an agent's commits, with the profile's name. */
export const AGENT_EMAIL = "agent@mission-control.localhost";

/** A fresh, empty HOME for one real-CLI run, so no run sees another's state or the user's own. */
export async function createAgentHome() {
  const home = await mkdtemp(path.join(tmpdir(), "mc-agent-home-"));
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
