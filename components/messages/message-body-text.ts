/** Agents write `message_body` as JSON of any shape; `{ "text": ... }` is shown as its text. */
export function messageBodyText(body: unknown): string {
  if (
    body &&
    typeof body === "object" &&
    "text" in body &&
    typeof (body as { text: unknown }).text === "string"
  ) {
    return (body as { text: string }).text;
  }
  return JSON.stringify(body, null, 2);
}
