import type { z } from "zod";

/** One JSONL line read with `schema`; undefined when it is not JSON or not an event it knows. */
export function parseJsonLine<Schema extends z.ZodType>(
  line: string,
  schema: Schema,
): z.output<Schema> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
