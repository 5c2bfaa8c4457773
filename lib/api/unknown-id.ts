import { NextResponse } from "next/server";
import { z } from "zod";

const idSchema = z.uuid();

/** A path id that is not a UUID names nothing: the 404 answer, else null. */
export function unknownId(id: unknown, message: string): Response | null {
  return idSchema.safeParse(id).success
    ? null
    : NextResponse.json({ error: message }, { status: 404 });
}
