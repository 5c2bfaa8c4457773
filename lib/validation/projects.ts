import { z } from "zod";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Use at most ${max} characters.` })
    .transform((value) => value || null);

export const projectInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "Enter a name." })
    .max(100, { error: "Use at most 100 characters." })
    .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, {
      error:
        "Use letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit.",
    }),
  path: z
    .string()
    .trim()
    .min(1, { error: "Enter the project's folder." })
    .max(1_000, { error: "Use at most 1000 characters." }),
  type: optionalText(50),
  description: optionalText(2_000),
});
export type ProjectInput = z.infer<typeof projectInputSchema>;
