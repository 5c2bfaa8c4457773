/** "Bash: git push" or "WebFetch: https://…": the tool and the gist of what it was asked. */
export function describeToolCall(name: string, input: unknown) {
  if (!input || typeof input !== "object") return name;
  const fields = input as Record<string, unknown>;
  const gist = ["command", "file_path", "url", "path", "pattern"]
    .map((key) => fields[key])
    .find((value) => typeof value === "string");
  return typeof gist === "string" ? `${name}: ${gist.slice(0, 200)}` : name;
}
