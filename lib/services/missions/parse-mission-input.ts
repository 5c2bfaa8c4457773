import type { z } from "zod";
import { UserInputError } from "@/lib/errors/user-input-error";

/** Parses a service's input; the first problem becomes a UserInputError naming its field. */
export function parseMissionInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  throw new UserInputError(issue.message, issue.path.length ? String(issue.path[0]) : undefined);
}
