import { startingEnvironment } from "@/lib/env";

/**
 * The environment of the app's own process: the one it was started in, less npm's own variables
 * (`npm_*`, about forty under `npm start`), which mean nothing to the app and which the Inngest
 * SDK would scan on every call it serves.
 */
export function appProcessEnv(extra: Record<string, string>): Record<string, string> {
  const env = Object.entries(startingEnvironment()).filter(([name]) => !name.startsWith("npm_"));
  return { ...Object.fromEntries(env), ...extra };
}
