/** Postgres cannot store U+0000 in text, so input holding it is refused before any query. */
export const NUL_MESSAGE = "Remove the NUL character (\\0): it cannot be stored.";

export const hasNul = (text: string) => text.includes("\u0000");

/** Where the first string or key holding a NUL character is in a parsed JSON value, else null. */
export function pathOfNul(
  value: unknown,
  path: (string | number)[] = [],
): (string | number)[] | null {
  if (typeof value === "string") return hasNul(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = pathOfNul(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (hasNul(key)) return [...path, key];
      const found = pathOfNul(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
