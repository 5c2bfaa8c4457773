import { startingEnvironment } from "@/lib/env";

/** What a secret's value becomes in any output Mission Control stores or shows. */
export const SECRET_MASK = "[redacted]";

// Mission Control's own secrets and the agent CLIs' keys it may have been started with.
const SECRET_VARIABLES = [
  "AUTH_SECRET",
  "INNGEST_SIGNING_KEY",
  "INNGEST_EVENT_KEY",
  "MC_GITHUB_WEBHOOK_SECRET",
  "MC_ADMIN_PASSWORD",
  "ANTHROPIC_API_KEY",
  "ANTHROPIC_AUTH_TOKEN",
  "OPENAI_API_KEY",
  "GEMINI_API_KEY",
  "GOOGLE_API_KEY",
];
// Shorter values would mask ordinary words; none of the generated secrets is this short.
const SHORTEST_SECRET = 8;

function databasePassword(url: string | undefined) {
  try {
    const { password } = new URL(url ?? "");
    return [password, decodeURIComponent(password)];
  } catch {
    return [];
  }
}

/** The values to mask, longest first (so a secret that holds another is masked whole). */
function secretValues(env: Record<string, string>) {
  const values = [
    ...SECRET_VARIABLES.map((name) => env[name]),
    // The signing key's material without its `signkey-<env>-` prefix, as the SDK hashes it.
    env.INNGEST_SIGNING_KEY?.replace(/^signkey-[a-z]+-/, ""),
    ...databasePassword(env.DATABASE_URL),
  ];
  return [
    ...new Set(values.filter((value): value is string => (value?.length ?? 0) >= SHORTEST_SECRET)),
  ].sort((a, b) => b.length - a.length);
}

/**
 * A function that replaces, in a text, the value of every secret of the environment Mission
 * Control runs in (the auth secret, the database password, the Inngest keys, agent API keys)
 * with SECRET_MASK: the second line of defence for output a command printed.
 */
export function secretRedactor(): (text: string) => string {
  const values = secretValues(startingEnvironment());
  return (text) =>
    values.reduce(
      (masked, value) => (masked.includes(value) ? masked.replaceAll(value, SECRET_MASK) : masked),
      text,
    );
}
