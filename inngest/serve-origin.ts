import { getEnv } from "@/lib/env";

/** Where the executor reaches the app's serve() handler: configuration, never a request's Host. */
export const SERVE_PATH = "/api/inngest";

export function serveOrigin(): string {
  const env = getEnv();
  return env.INNGEST_SERVE_ORIGIN ?? `http://${env.HOST}:${env.PORT}`;
}
