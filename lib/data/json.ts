import type { Prisma } from "@/lib/generated/prisma/client";

/** A value to store in a JSON column. */
export type InputJsonValue = Prisma.InputJsonValue;

/** An object to store in a JSON column. */
export type InputJsonObject = Prisma.InputJsonObject;

/** A value read from a JSON column. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue | undefined };
