import { CommandError, UnauthorizedError } from "./errors.mjs";

/** The message of an API error body (`{ error, field?, issues? }`), one line. */
function messageOf(body, status) {
  if (!body || typeof body.error !== "string") return `The server answered ${status}.`;
  const issues = Array.isArray(body.issues)
    ? body.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
    : [];
  const field = typeof body.field === "string" ? ` (${body.field})` : "";
  return [body.error + field, ...issues].join("\n  ");
}

/** Talks to `/api/v1` with the token; 401 and 403 are exit 3, other refusals exit 1. */
export function apiClient({ url, token }) {
  async function request(method, path, { query, body } = {}) {
    const target = new URL(path, url.endsWith("/") ? url : `${url}/`);
    for (const [name, value] of Object.entries(query ?? {}))
      if (value !== undefined && value !== null && value !== "")
        target.searchParams.set(name, String(value));
    let response;
    try {
      response = await fetch(target, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: "application/json",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        redirect: "manual",
      });
    } catch (error) {
      throw new CommandError(
        `Cannot reach ${target.origin}: ${error.cause?.code ?? error.message}`,
      );
    }
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (response.status === 401 || response.status === 403)
      throw new UnauthorizedError(messageOf(json, response.status));
    if (!response.ok) throw new CommandError(messageOf(json, response.status));
    if (json === null) throw new CommandError(`${target.pathname} did not answer JSON.`);
    return json;
  }
  return {
    get: (path, query) => request("GET", path, { query }),
    post: (path, body) => request("POST", path, { body: body ?? {} }),
  };
}
