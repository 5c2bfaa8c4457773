import { z } from "zod";
import { roleSchema } from "@/lib/auth/roles";
import { emailSchema } from "@/lib/validation/sign-in";

export const passwordSchema = z
  .string()
  .min(12, { error: "Use at least 12 characters." })
  .max(200, { error: "Use at most 200 characters." });

export const newUserSchema = z.object({
  email: emailSchema,
  name: z
    .string()
    .trim()
    .min(1, { error: "Enter a name." })
    .max(100, { error: "Use at most 100 characters." }),
  password: passwordSchema,
  role: roleSchema,
});
export type NewUser = z.infer<typeof newUserSchema>;

export const changeRoleSchema = z.object({
  userId: z.uuid({ error: "Unknown user." }),
  role: roleSchema,
});
