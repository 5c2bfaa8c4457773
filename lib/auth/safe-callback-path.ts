const BASE = "http://mission-control.invalid";

/**
 * Where to go after signing in: a path on this site only. The value must parse, against this
 * site, to a URL of this site whose path starts with exactly one `/`. Control characters and
 * backslashes anywhere, and encoded slashes in the path, are refused: browsers drop tabs and
 * newlines and read `\` as `/`, which turns `/\t/evil` into `//evil`. Anything else is `/`.
 */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2000) return "/";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE || /%(2f|5c)/i.test(url.pathname)) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}
