import { NextResponse } from "next/server";
import type { z } from "zod";
import { hasNul, NUL_MESSAGE } from "@/lib/validation/nul-character";

/**
 * Parses a route's query string with its schema: the value, or the 400 answer with the same body
 * shape `withActor` gives a bad JSON body (`{ error, issues }`). A NUL character is refused first.
 */
export function readQuery<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
): { data: z.infer<Schema> } | { response: Response } {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const nulIn = Object.entries(query).find(([name, value]) => hasNul(name) || hasNul(value));
  const parsed = schema.safeParse(query);
  if (!nulIn && parsed.success) return { data: parsed.data };
  const issues = nulIn
    ? [{ path: nulIn[0], message: NUL_MESSAGE }]
    : (parsed.error?.issues ?? []).map((i) => ({ path: i.path.join("."), message: i.message }));
  return {
    response: NextResponse.json({ error: "Invalid query string.", issues }, { status: 400 }),
  };
}
