import type { ServerAction } from "@/tests/support/bad-input/server-actions";

export type Answer = { status: number; text: string };

// A thrown action error is a Flight error row; Next's own (redirect, notFound) say NEXT_.
const THROWN = /^[0-9a-f]+:E\{"digest":"(?!NEXT_)/m;

/** Sends the probes and keeps the counts the suite reports: requests sent, 5xx seen. */
export class ProbeClient {
  requests = 0;
  serverErrors = 0;
  readonly problems: string[] = [];

  constructor(readonly base: string) {}

  async send(label: string, path: string, init: RequestInit = {}): Promise<Answer> {
    this.requests += 1;
    const response = await fetch(`${this.base}${path}`, { redirect: "manual", ...init }).catch(
      (error: Error) => error,
    );
    if (response instanceof Error) {
      this.problems.push(`${label}: no answer (${response.message})`);
      return { status: 0, text: "" };
    }
    const text = await response.text();
    if (response.status >= 500) {
      this.serverErrors += 1;
      this.problems.push(`${label}: ${response.status} ${text.slice(0, 300)}`);
    } else if (THROWN.test(text)) {
      this.problems.push(`${label}: the action threw (${text.match(THROWN)?.[0]})`);
    }
    return { status: response.status, text };
  }

  /** Calls a server action as the browser does: POST to its page with `Next-Action`. */
  callAction(label: string, action: ServerAction, body: string | FormData, cookie?: string) {
    const headers: Record<string, string> = {
      "next-action": action.id,
      accept: "text/x-component",
      origin: this.base,
    };
    if (cookie) headers.cookie = cookie;
    if (typeof body === "string") headers["content-type"] = "text/plain;charset=UTF-8";
    return this.send(`${action.name} ${label}`, action.page, { method: "POST", headers, body });
  }
}

/** The action's answer (row 1 of the Flight reply: the returned form state), if it has one. */
export function actionResult(answer: Answer): Record<string, unknown> | null {
  const row = answer.text.split("\n").find((line) => line.startsWith("1:{"));
  return row ? (JSON.parse(row.slice(2)) as Record<string, unknown>) : null;
}
