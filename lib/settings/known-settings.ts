import { homedir } from "node:os";
import path from "node:path";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { DEFAULT_AGENT_PROFILES } from "@/lib/settings/default-agent-profiles";
import { agentProfilesSchema } from "@/lib/validation/agent-profiles";
import {
  allowedRootsSchema,
  approvalTimeoutSecondsSchema,
  missionDefaultsSchema,
} from "@/lib/validation/settings";

/**
 * The `app_settings` keys the app knows: each with its schema, its default when the row is
 * missing, and what it is for. Every other key is shown and edited as raw JSON.
 */
export const KNOWN_SETTINGS = {
  "agent.profiles": {
    description: "How to run each agent CLI.",
    schema: agentProfilesSchema,
    defaultValue: () => DEFAULT_AGENT_PROFILES,
  },
  "agent.default_profile": {
    description: "The profile that launches and missions use unless told otherwise.",
    schema: z
      .string()
      .trim()
      .min(1, { error: "Choose a profile." })
      .max(40, { error: "Choose a profile." }),
    defaultValue: () => "scripted",
  },
  "missions.defaults": {
    description: "What a new mission starts with.",
    schema: missionDefaultsSchema,
    defaultValue: () => ({
      workers: 2,
      maxRounds: 3,
      wallTimeMinutes: 60,
      budgetUsd: null,
      approvalPolicy: "always" as const,
    }),
  },
  "missions.approval_timeout_seconds": {
    description: "How long an approval request waits for a person's answer.",
    schema: approvalTimeoutSecondsSchema,
    defaultValue: () => 86_400,
  },
  "projects.allowed_roots": {
    description: "Folders under which projects may be registered.",
    schema: allowedRootsSchema,
    defaultValue: () => [path.join(getEnv().dataDir, "projects"), homedir()],
  },
} as const;

export type KnownSettingKey = keyof typeof KNOWN_SETTINGS;
export type KnownSettingValue<K extends KnownSettingKey> = z.infer<
  (typeof KNOWN_SETTINGS)[K]["schema"]
>;

export function isKnownSetting(key: string): key is KnownSettingKey {
  return Object.hasOwn(KNOWN_SETTINGS, key);
}
