import "server-only";
import path from "node:path";
import { z } from "zod";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  MC_DATA_DIR: optionalString,
  HOST: z.preprocess(emptyAsUndefined, z.string().default("127.0.0.1")),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  MC_PG_PORT: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(1).max(65535).default(54329),
  ),
  AUTH_SECRET: optionalString,
  MC_ADMIN_EMAIL: z.preprocess(emptyAsUndefined, z.email().optional()),
  MC_ADMIN_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(8).optional()),
  INNGEST_BASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  INNGEST_SIGNING_KEY: optionalString,
  INNGEST_EVENT_KEY: optionalString,
  INNGEST_DEV: optionalString,
  /** The origin the app registers with Inngest as its own (default http://HOST:PORT), never a request's. */
  INNGEST_SERVE_ORIGIN: z.preprocess(emptyAsUndefined, z.url().optional()),
  /** A GitHub webhook secret that verifies deliveries for any registered project (optional). */
  MC_GITHUB_WEBHOOK_SECRET: z.preprocess(emptyAsUndefined, z.string().min(8).optional()),
  MC_RUNNER_PORT: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(1).max(65535).default(8289),
  ),
  /** Set by the start script for the app it spawns: which Inngest server runs the functions. */
  MC_RUNNER: z.enum(["local", "external"]).optional(),
  MC_SUPERVISOR_PID: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().optional()),
  /** For the runner started on its own (`inngest/local-runner/main.ts`): the app to sync. */
  MC_RUNNER_SYNC_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  /** `off` runs agents and verification commands without the bubblewrap sandbox. */
  MC_SANDBOX: z.preprocess(emptyAsUndefined, z.enum(["auto", "off"]).default("auto")),
  /** Where agents launched here reach the app (its MCP server); default http://HOST:PORT. */
  MC_APP_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string };

let cached: Env | undefined;

/** The one reader of process.env. Fails with every invalid variable named. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  const dataDir = path.resolve(/*turbopackIgnore: true*/ parsed.data.MC_DATA_DIR ?? ".data");
  cached = { ...parsed.data, dataDir };
  return cached;
}

/**
 * Every variable of the environment Mission Control was started in, for the code that decides
 * what a child process inherits (`lib/subprocess/child-environment.ts`, which passes almost
 * nothing, and `lib/runtime/app-process-env.ts`, for the app's own process).
 */
export function startingEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined) env[name] = value;
  return env;
}

/** For the start script, which sets variables for the child it spawns after reading them. */
export function resetEnvCache(): void {
  cached = undefined;
}
