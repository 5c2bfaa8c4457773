const MAX_TEXT = 120;

/** What an audit row keeps of a tool call's arguments: short texts, list lengths, no long bodies. */
export function summarizeArguments(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(args).map(([name, value]) => {
      if (typeof value === "string")
        return [name, value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value];
      if (Array.isArray(value)) return [name, `${value.length} item(s)`];
      if (value !== null && typeof value === "object") return [name, "{…}"];
      return [name, value ?? null];
    }),
  );
}
