import { z } from "zod";

/** The form says what it does, so a stray call with some other input ends nothing. */
export const signOutEverywhereSchema = z.object({ scope: z.literal("everywhere") });
