/**
 * The environment of the app's own process: the one it was started in, less npm's own variables
 * (`npm_*`, about forty under `npm start`), which mean nothing to the app and which the Inngest
 * SDK would scan on every call it serves.
 */
export function appProcessEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined && !name.startsWith("npm_")) env[name] = value;
  return { ...env, ...extra };
}
