import { z } from "zod";

/** The hidden id of a form that edits a record; absent (empty) when it creates one. */
export const optionalId = (error: string) =>
  z.preprocess((value) => (value === "" ? undefined : value), z.uuid({ error }).optional());
