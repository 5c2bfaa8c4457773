import { parseArgs } from "node:util";
import { z } from "zod";
import { UsageError } from "./errors.mjs";

export const COMMON_OPTIONS = { json: { type: "boolean", default: false } };

/**
 * Parses a command's arguments with node:util parseArgs, then checks them with zod: unknown
 * options, missing positionals and bad values are usage errors (exit 2) with the usage line.
 */
export function parseCommand(argv, { usage, options = {}, positionals = [], schema }) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${error.message}\nUsage: ${usage}`);
  }
  const named = Object.fromEntries(positionals.map((name, i) => [name, parsed.positionals[i]]));
  if (parsed.positionals.length > positionals.length)
    throw new UsageError(
      `Unexpected argument "${parsed.positionals[positionals.length]}".\nUsage: ${usage}`,
    );
  const result = (schema ?? z.object({ json: z.boolean() })).safeParse({
    ...parsed.values,
    ...named,
  });
  if (!result.success) {
    const [issue] = result.error.issues;
    throw new UsageError(`${issue.message}\nUsage: ${usage}`);
  }
  return result.data;
}

export const required = (what) =>
  z
    .string({ error: `Give ${what}.` })
    .trim()
    .min(1, { error: `Give ${what}.` });

export const uuidArg = (what) => z.uuid({ error: `Give ${what} (a UUID).` });

/** A whole number given as text, e.g. `--workers 2`. */
export const wholeNumber = (name, min, max) =>
  z.coerce
    .number({ error: `--${name} takes a number.` })
    .int({ error: `--${name} takes a whole number.` })
    .min(min, { error: `--${name} is at least ${min}.` })
    .max(max, { error: `--${name} is at most ${max}.` });

export const amount = (name) =>
  z.coerce
    .number({ error: `--${name} takes an amount in US dollars.` })
    .positive({ error: `--${name} is above 0.` });
