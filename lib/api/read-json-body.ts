import { NextResponse } from "next/server";
import { BODY_TOO_LARGE, readLimitedText } from "@/lib/api/body-limit";
import { NUL_MESSAGE, pathOfNul } from "@/lib/validation/nul-character";

/**
 * A route's JSON body, or the answer that refuses it: 413 over 1 MiB, 400 for a string that holds
 * a NUL character (Postgres cannot store one). Text that is not JSON reads as `undefined`, which
 * the route's schema then refuses with its issues.
 */
export async function readJsonBody(
  request: Request,
): Promise<{ json: unknown } | { response: Response }> {
  const text = await readLimitedText(request);
  if (text === null)
    return { response: NextResponse.json({ error: BODY_TOO_LARGE }, { status: 413 }) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { json: undefined };
  }
  const nulAt = pathOfNul(json);
  if (nulAt)
    return {
      response: NextResponse.json(
        {
          error: "Invalid request body.",
          issues: [{ path: nulAt.join("."), message: NUL_MESSAGE }],
        },
        { status: 400 },
      ),
    };
  return { json };
}
