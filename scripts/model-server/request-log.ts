import type { IncomingHttpHeaders } from "node:http";
import type { AnswerKind, Usage } from "@/scripts/model-server/model-script";

export type WireFormat = "anthropic" | "openai-responses" | "gemini" | "control" | "unknown";

/** One request the server received, as a test reads it back. */
export type RecordedRequest = {
  seq: number;
  at: string;
  method: string;
  /** Path with its query string, as sent. */
  path: string;
  /** Header values that carry credentials are replaced by "[redacted]". */
  headers: Record<string, string>;
  /** The parsed JSON body (the raw text when it was not JSON, null when empty). */
  body: unknown;
  wire: WireFormat;
  answer: {
    kind: AnswerKind | "count-tokens" | "control" | "not-found";
    conversation: number | null;
    match: string | null;
    turn: number | null;
    /** Why a request was taken as a side request. */
    reason?: string;
  };
  /** The usage the server reported in its answer. */
  usage: Usage | null;
};

const CREDENTIAL_HEADERS = new Set([
  "authorization",
  "x-api-key",
  "x-goog-api-key",
  "proxy-authorization",
  "cookie",
]);

export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = CREDENTIAL_HEADERS.has(name)
      ? "[redacted]"
      : Array.isArray(value)
        ? value.join(", ")
        : value;
  }
  return out;
}

/** The server's record of every request, in arrival order. */
export class RequestLog {
  readonly requests: RecordedRequest[] = [];

  add(entry: Omit<RecordedRequest, "seq" | "at">): RecordedRequest {
    const recorded = { seq: this.requests.length + 1, at: new Date().toISOString(), ...entry };
    this.requests.push(recorded);
    return recorded;
  }
}
