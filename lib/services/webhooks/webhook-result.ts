/** What a webhook handler answers, and what the delivery log records as its verdict. */
export type WebhookVerdict = "started" | "ignored" | "rejected" | "duplicate" | "error";

export type WebhookResult = {
  status: number;
  body: { verdict: WebhookVerdict; reason: string; missionId?: string; error?: string } & Record<
    string,
    unknown
  >;
};

/** A request to a webhook handler: headers by lower-case name and the raw body (null: too large). */
export type WebhookRequest = {
  headers: Record<string, string>;
  body: string | null;
};

/** The named headers of a request, lower-cased, for handling and for the log's replay. */
export function pickHeaders(headers: Headers, names: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = headers.get(name);
    if (value !== null) picked[name] = value.slice(0, 500);
  }
  return picked;
}
