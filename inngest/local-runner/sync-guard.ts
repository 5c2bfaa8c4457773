import type { z } from "zod";
import type { registerSchema } from "@/inngest/local-runner/types";

const withoutQuery = (url: string) => {
  const parsed = new URL(url);
  parsed.search = "";
  parsed.hash = "";
  return parsed.href;
};

/**
 * Whether a sync registers the app at `appUrl` and nowhere else: its own URL and every step URL
 * the runner will call. Unparseable URLs never match.
 */
export function registersOnly(appUrl: string, payload: z.infer<typeof registerSchema>): boolean {
  try {
    const expected = new URL(appUrl).href;
    if (new URL(payload.url).href !== expected) return false;
    return payload.functions.every((fn) =>
      Object.values(fn.steps).every((step) => withoutQuery(step.runtime.url) === expected),
    );
  } catch {
    return false;
  }
}
