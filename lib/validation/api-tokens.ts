import { z } from "zod";
import { roleSchema } from "@/lib/auth/roles";

/** How long a new token lasts; "never" means until revoked. */
export const TOKEN_LIFETIMES = {
  never: null,
  "1": 1,
  "7": 7,
  "30": 30,
  "90": 90,
  "365": 365,
} as const;

export const newApiTokenSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "Name the token (what will use it)." })
    .max(100, { error: "Use at most 100 characters." }),
  role: roleSchema,
  expiresInDays: z
    .enum(Object.keys(TOKEN_LIFETIMES) as [keyof typeof TOKEN_LIFETIMES], {
      error: "Choose when the token expires.",
    })
    .transform((key) => TOKEN_LIFETIMES[key]),
});
export type NewApiTokenInput = z.infer<typeof newApiTokenSchema>;

export const revokeApiTokenSchema = z.object({
  tokenId: z.uuid({ error: "Unknown token." }),
});
