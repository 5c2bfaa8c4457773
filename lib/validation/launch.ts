import { z } from "zod";

export const launchInputSchema = z.object({
  projectId: z.uuid({ error: "Unknown project." }),
  identityId: z.uuid({ error: "Choose the identity the session runs as." }),
  acknowledged: z.preprocess(
    (value) => value === "on" || value === "true" || value === true,
    z.boolean(),
  ),
});
export type LaunchInput = z.infer<typeof launchInputSchema>;

export const sessionIdSchema = z.uuid({ error: "Unknown session." });

export const outputQuerySchema = z.object({
  after: z.preprocess(
    (value) => (value === null || value === "" ? undefined : value),
    z.coerce.number().int().min(0).max(2_147_483_647).default(0),
  ),
});
