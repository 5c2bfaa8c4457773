import { z } from "zod";

export const AGENT_KINDS = ["claude-code", "codex", "gemini", "generic", "scripted"] as const;
export type AgentKind = (typeof AGENT_KINDS)[number];
/** The kinds whose flags, config files and output Mission Control knows: the real agent CLIs. */
export const CLI_AGENT_KINDS = ["claude-code", "codex", "gemini"] as const;
export type CliAgentKind = (typeof CLI_AGENT_KINDS)[number];
export const isCliAgentKind = (kind: AgentKind): kind is CliAgentKind =>
  (CLI_AGENT_KINDS as readonly string[]).includes(kind);
export const PERMISSION_MODES = ["default", "acceptEdits", "bypassPermissions", "plan"] as const;
export const OUTPUT_FORMATS = ["stream-json", "text"] as const;

/**
 * How to run an agent CLI (DESIGN §5). For `generic` and `scripted` profiles `args` are the whole
 * argument list, with the placeholders `{prompt}` and `{permissionMode}`; a `scripted` profile
 * runs the bundled scripted agent and ignores `command`. For the real CLIs (claude-code, codex,
 * gemini) Mission Control writes the headless flags itself and appends `extraArgs`; `model` and
 * `apiBaseUrl` are passed the way each CLI takes them (empty: the CLI's own default). The API key
 * is not part of the profile: it is a secret stored apart (`agent_api_keys`), never sent back.
 */
export const agentProfileSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, {
      error: "Use 1–40 lowercase letters, digits or dashes, starting with a letter or digit.",
    }),
  name: z
    .string()
    .trim()
    .min(1, { error: "Enter a name." })
    .max(100, { error: "Use at most 100 characters." }),
  kind: z.enum(AGENT_KINDS, { error: "Choose claude-code, codex, gemini, generic or scripted." }),
  command: z.string().trim().max(500, { error: "Use at most 500 characters." }),
  args: z.array(z.string().max(2_000)).max(50, { error: "Use at most 50 arguments." }),
  extraArgs: z
    .array(z.string().max(2_000))
    .max(50, { error: "Use at most 50 extra arguments." })
    .default([]),
  model: z
    .string()
    .trim()
    .max(200, { error: "Use at most 200 characters." })
    .regex(/^([A-Za-z0-9][A-Za-z0-9._:@/-]*)?$/, {
      error: "A model name starts with a letter or digit, then letters, digits and . _ : @ / -",
    })
    .default(""),
  apiBaseUrl: z
    .union([
      z.literal(""),
      z.url({ protocol: /^https?$/, error: "Enter an http(s) URL, or leave it empty." }),
    ])
    .default(""),
  env: z.record(
    z.string().regex(/^[A-Z_][A-Z0-9_]*$/, { error: "Environment names are A–Z, 0–9 and _." }),
    z.string().max(2_000),
  ),
  permissionMode: z.enum(PERMISSION_MODES, { error: "Choose a known permission mode." }),
  timeoutSeconds: z.coerce
    .number({ error: "Enter a number of seconds." })
    .int({ error: "Enter whole seconds." })
    .min(5, { error: "Use at least 5 seconds." })
    .max(86_400, { error: "Use at most 86400 seconds (a day)." }),
  outputFormat: z.enum(OUTPUT_FORMATS, { error: "Choose stream-json or text." }),
});
export type AgentProfile = z.infer<typeof agentProfileSchema>;

export const agentProfilesSchema = z
  .array(agentProfileSchema)
  .min(1, { error: "Keep at least one agent profile." })
  .refine((profiles) => new Set(profiles.map((profile) => profile.id)).size === profiles.length, {
    error: "Each profile needs its own id.",
  })
  .refine(
    (profiles) => profiles.every((profile) => profile.kind === "scripted" || profile.command),
    { error: "A claude-code or generic profile needs a command." },
  );
