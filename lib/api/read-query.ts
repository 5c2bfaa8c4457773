import { NextResponse } from "next/server";
import type { z } from "zod";

/**
 * Parses a route's query string with its schema: the value, or the 400 answer with the same body
 * shape `withActor` gives a bad JSON body (`{ error, issues }`).
 */
export function readQuery<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
): { data: z.infer<Schema> } | { response: Response } {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (parsed.success) return { data: parsed.data };
  return {
    response: NextResponse.json(
      {
        error: "Invalid query string.",
        issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
      },
      { status: 400 },
    ),
  };
}
