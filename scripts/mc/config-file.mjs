import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { z } from "zod";
import { UnauthorizedError } from "./errors.mjs";

const configSchema = z.object({ url: z.url(), token: z.string().min(1) });

/** `$XDG_CONFIG_HOME/mission-control/config.json`, else `~/.config/mission-control/config.json`. */
export function configPath() {
  // biome-ignore lint/style/noProcessEnv: the command line is a stand-alone program, not the app.
  const base = process.env.XDG_CONFIG_HOME || path.join(homedir(), ".config");
  return path.join(base, "mission-control", "config.json");
}

/** The stored server and token; not logged in is exit 3. */
export async function readConfig() {
  const file = configPath();
  const text = await readFile(file, "utf8").catch(() => null);
  if (text === null) throw new UnauthorizedError("Not logged in: run `mc login <url> --token …`.");
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UnauthorizedError(`${file} is not JSON: run \`mc login\` again.`);
  }
  const parsed = configSchema.safeParse(json);
  if (!parsed.success)
    throw new UnauthorizedError(`${file} is incomplete: run \`mc login\` again.`);
  return parsed.data;
}

/** Writes the config readable by its owner only (the token is a secret). */
export async function writeConfig(config) {
  const file = configPath();
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, `${JSON.stringify(configSchema.parse(config), null, 2)}\n`, {
    mode: 0o600,
  });
  await chmod(file, 0o600);
  return file;
}
