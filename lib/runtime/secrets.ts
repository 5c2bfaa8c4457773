import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const secretsSchema = z.object({
  authSecret: z.string().min(32),
  postgresPassword: z.string().min(16),
  // Added after the first release: filled in when an older file lacks them.
  inngestSigningKey: z.string().optional(),
  inngestEventKey: z.string().optional(),
});
export type Secrets = Required<z.infer<typeof secretsSchema>>;

const generateInngestKeys = () => ({
  inngestSigningKey: `signkey-prod-${randomBytes(32).toString("hex")}`,
  inngestEventKey: randomBytes(24).toString("hex"),
});

/** Generated on first start and kept in the data directory (mode 600), so logins survive restarts. */
export async function loadOrCreateSecrets(dataDir: string): Promise<Secrets> {
  const file = path.join(dataDir, "secrets.json");
  const existing = await readFile(file, "utf8").catch(() => undefined);
  if (existing !== undefined) {
    const parsed = secretsSchema.safeParse(JSON.parse(existing));
    if (!parsed.success) throw new Error(`${file} is damaged: remove it to generate new secrets.`);
    if (parsed.data.inngestSigningKey && parsed.data.inngestEventKey) return parsed.data as Secrets;
    const completed = { ...generateInngestKeys(), ...parsed.data } as Secrets;
    await writeFile(file, `${JSON.stringify(completed, null, 2)}\n`, { mode: 0o600 });
    return completed;
  }
  const secrets: Secrets = {
    authSecret: randomBytes(32).toString("base64url"),
    postgresPassword: randomBytes(24).toString("base64url"),
    ...generateInngestKeys(),
  };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: "wx" });
  return secrets;
}
