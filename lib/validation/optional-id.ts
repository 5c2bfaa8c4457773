import { z } from "zod";

/**
 * The hidden id of a form that edits a record; absent (exactly empty) when it creates one. Any
 * other value must be a UUID, so a mangled id is refused instead of creating a new record.
 */
export const optionalId = (error: string) =>
  z.preprocess((value) => (value === "" ? undefined : value), z.uuid({ error }).optional());
